# cmake -DEXECUTABLE=FILE -DFORBIDDEN=REGEX -P check-runtime-dependencies.cmake
# Fails when a shared library EXECUTABLE loads (directly or through another one, as ldd lists them)
# has a name matching FORBIDDEN.
if(NOT EXISTS "${EXECUTABLE}")
    message(FATAL_ERROR "${EXECUTABLE} does not exist")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${EXECUTABLE}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(found)
foreach(library IN LISTS resolved unresolved)
    get_filename_component(name "${library}" NAME)
    if(name MATCHES "${FORBIDDEN}")
        list(APPEND found "${library}")
    endif()
endforeach()
list(LENGTH resolved count)
if(found)
    list(JOIN found "\n  " found)
    message(FATAL_ERROR "${EXECUTABLE} loads libraries it must not (${FORBIDDEN}):\n  ${found}")
endif()
message(STATUS "${EXECUTABLE}: ${count} shared libraries, none matching ${FORBIDDEN}")

# cmake -DBUILD_DIR=DIR -DTARGET=NAME -DEXPECTED=TEXT -P check-build-fails.cmake
# Passes when building TARGET fails and the compiler's complaint names EXPECTED (the header that
# must not be found), so that a build failing for another reason does not count as a pass.
execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} was built, but it must not compile:\n${output}")
endif()
if(NOT output MATCHES "${EXPECTED}[^\n]*(No such file|not found)")
    message(FATAL_ERROR "${TARGET} failed to build, but not because ${EXPECTED} is missing:\n${output}")
endif()
message(STATUS "${TARGET} does not compile, as it must not: ${EXPECTED} is not found")

#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace peerradar {

// What went wrong, as a category a program can react to.
enum class ErrorCode {
    NotFound, // a file, person, behavior… that does not exist
    AlreadyExists, // refusing to overwrite
    NotPeerRadar, // the file is not a PeerRadar database
    NewerVersion, // written by a newer PeerRadar
    OlderVersion, // must be updated (migrated), which read-only access cannot do
    ReadOnly, // the file or its folder cannot be written
    Locked, // another program holds the write lock longer than the busy timeout
    Corrupt, // the database file is damaged
    Invalid, // a value a user entered breaks a rule
    BadCsv, // an import was refused
    Io, // the disk said no (full, permissions, …)
    Cancelled, // the user stopped a long operation
    Internal, // a bug or an unexpected database error
    NeedsPassword, // the database server asks for a password (none given, or a wrong one)
    Denied, // the database server refused: the person's account may not do this
    ConnectionLost // the database server cannot be reached, or the connection broke
};

// An error is a value with a message meant for the person in front of the screen.
// `detail` carries technical text (driver messages, row lists) for logs and "show details".
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail = {};
};

// Either a value or an Error. Small stand-in for std::expected (C++23), which GCC 12 lacks.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    // By value, not T&&: `for (auto& x : call().value())` must not refer into a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, const QString& message, const QString& detail = {})
{
    return Error { code, message, detail };
}

} // namespace peerradar

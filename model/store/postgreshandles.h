// SPDX-License-Identifier: MIT
#pragma once

#include <libpq-fe.h>

#include <QString>

#include <cstring>
#include <memory>
#include <string_view>

namespace Chronoscope::Postgres {

struct ConnectionCloser
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct ResultClearer
{
    void operator()(PGresult* result) const { PQclear(result); }
};
struct CancelFreer
{
    void operator()(PGcancel* cancel) const { PQfreeCancel(cancel); }
};
struct CopyBufferFreer
{
    void operator()(char* buffer) const { PQfreemem(buffer); }
};

using Connection = std::unique_ptr<PGconn, ConnectionCloser>;
using Result = std::unique_ptr<PGresult, ResultClearer>;
using Cancel = std::unique_ptr<PGcancel, CancelFreer>;
using CopyBuffer = std::unique_ptr<char, CopyBufferFreer>;

/// libpq's last message for `connection`, on one line (libpq ends it with a newline and
/// sometimes puts the server's DETAIL on a second one).
inline QString errorMessage(const PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

inline QString resultMessage(const PGresult* result)
{
    return QString::fromUtf8(PQresultErrorMessage(result)).simplified();
}

/// The SQLSTATE of a failed result ("42P01" …), empty when the server sent none.
inline QString sqlState(const PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromLatin1(state) : QString();
}

/// Network byte order readers for the binary COPY format and binary results.
inline qint16 readInt16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<qint16>((u[0] << 8) | u[1]);
}

inline qint32 readInt32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<qint32>((quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]));
}

inline qint64 readInt64(const char* p)
{
    return static_cast<qint64>(
        (quint64(static_cast<quint32>(readInt32(p))) << 32) | static_cast<quint32>(readInt32(p + 4)));
}

inline double readFloat64(const char* p)
{
    const quint64 bits = static_cast<quint64>(readInt64(p));
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace Chronoscope::Postgres

#pragma once

#include <QString>

namespace joinery::http {

// How a RestServer listens and what it tolerates. The defaults are what `joinery serve` uses.
struct RestServerOptions
{
    QString bindAddress = QStringLiteral("127.0.0.1");
    int port = 8080; // 0: any free port (RestServer::port() tells which)
    QString token; // empty: no authentication, and only loopback addresses may be bound

    qint64 maxRequestBytes = 8 * 1024 * 1024; // larger requests are answered 413
    int maxConnections = 512;
    int requestTimeoutMs = 30'000; // an incomplete request older than this is answered 408
    int idleTimeoutMs = 65'000; // idle keep-alive connections are closed after this
    int maxPollTimeoutMs = 30'000; // batch poll `timeout` cap (the SDK gives up after 60 s)
    int maxPollCount = 1'000; // batch poll `count` cap
    int maxBulkIds = 1'000; // Conductor's WorkflowBulkService.MAX_REQUEST_ITEMS
    int tokenTtlSeconds = 45 * 60;
    int longPollThreads = 64; // concurrent long polls waiting for work
};

} // namespace joinery::http

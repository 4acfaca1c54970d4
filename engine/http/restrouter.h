#pragma once

#include "http/restreply.h"
#include "http/restrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace joinery::http {

// Maps (method, path) to a handler. Patterns are paths whose segments are literals or {name}
// parameters ("/api/workflow/{workflowId}/pause"). Conductor's paths overlap — GET
// /api/workflow/search and GET /api/workflow/{workflowId} — so when several patterns match,
// the one whose first literal segment comes earliest wins, segment by segment; registration
// order does not matter. A path that matches only under other methods is a 405, not a 404.
//
// Thread safety: build it before the server starts; match() is const and may then be called
// from any thread.
class RestRouter
{
public:
    using Handler = std::function<void(const RestRequest &request, RestReply reply)>;

    void add(RestRequest::Method method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr; // null: nothing matched
        QHash<QString, QString> params;
        QStringList allowedMethods; // when only the method was wrong
    };
    Match match(RestRequest::Method method, const QStringList &segments) const;

    int size() const { return int(m_routes.size()); }

private:
    struct Route
    {
        RestRequest::Method method;
        QStringList segments; // "{name}" marks a parameter
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments);
    // True when `a` is more specific than `b` (a literal where b has a parameter, first difference
    // wins).
    static bool moreSpecific(const Route &a, const Route &b);

    QList<Route> m_routes;
};

} // namespace joinery::http

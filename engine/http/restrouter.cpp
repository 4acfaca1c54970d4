#include "http/restrouter.h"

namespace joinery::http {
namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
        && segment.endsWith(QLatin1Char('}'));
}

} // namespace

void RestRouter::add(RestRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

bool RestRouter::matches(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (isParameter(want)) {
            if (segments.at(i).isEmpty())
                return false;
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    return true;
}

bool RestRouter::moreSpecific(const Route &a, const Route &b)
{
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        const bool aParam = isParameter(a.segments.at(i));
        const bool bParam = isParameter(b.segments.at(i));
        if (aParam != bParam)
            return !aParam;
    }
    return false;
}

RestRouter::Match RestRouter::match(RestRequest::Method method, const QStringList &segments) const
{
    Match result;
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (!matches(route, segments))
            continue;
        if (route.method != method) {
            const QString name = RestRequest::methodName(route.method);
            if (!result.allowedMethods.contains(name))
                result.allowedMethods << name;
            continue;
        }
        if (!best || moreSpecific(route, *best))
            best = &route;
    }
    if (!best)
        return result;
    result.allowedMethods.clear();
    result.handler = &best->handler;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = best->segments.at(i);
        if (isParameter(want))
            result.params.insert(want.mid(1, want.size() - 2), segments.at(i));
    }
    return result;
}

} // namespace joinery::http

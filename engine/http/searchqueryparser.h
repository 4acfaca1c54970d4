#pragma once

#include "store/storereader.h"

#include <QString>

namespace joinery::http {

// Conductor's workflow search parameters into a store query: `query` in Conductor's simple
// syntax — conditions joined by AND, each `field = value`, `field IN (a, b)` or `field > n` /
// `field < n`, values optionally quoted, e.g. `workflowType IN (a,b) AND status IN (RUNNING)` —
// plus `freeText` ("*" or empty: anything), `sort` ("field:ASC|DESC", empty: newest first),
// `start` and `size`. Fields: workflowType (also workflowName), status, correlationId, and
// startTime/createTime with epoch milliseconds. OR and other fields are refused with a message
// rather than silently ignored, so a search never answers more than was asked for.
//
// Pure functions; thread-safe.
class SearchQueryParser
{
public:
    static bool parseQuery(
        const QString &query, store::StoreReader::SearchQuery *out, QString *error);
    static bool parseSort(
        const QString &sort, store::StoreReader::SearchQuery *out, QString *error);

    // The same syntax for GET /api/tasks/search: fields taskType, taskDefName, taskId,
    // taskRefName, workflowId, workflowType, status (task statuses) and scheduledTime; sort by
    // scheduledTime, startTime, updateTime, endTime, taskType, status or taskId.
    static bool parseTaskQuery(
        const QString &query, store::StoreReader::TaskSearchQuery *out, QString *error);
    static bool parseTaskSort(
        const QString &sort, store::StoreReader::TaskSearchQuery *out, QString *error);
};

} // namespace joinery::http

#pragma once

namespace joinery::http {

class RestContext;
class RestRouter;

// Conductor's MetadataResource under /api/metadata: workflow definitions (register with
// ?overwrite, bulk update by PUT, validate, get by name and version, list, names-and-versions,
// latest-versions, delete) and task definitions (register a list, update one, get, list, delete).
// A request that fails validation changes nothing: a list is checked whole before any of it is
// stored. Definition writes wait for their commit, so they run on the context's blocking pool.
class MetadataRoutes
{
public:
    static void install(RestRouter &router, RestContext &context);
};

} // namespace joinery::http

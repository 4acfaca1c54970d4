#pragma once

#include "commandline.h"

namespace joinery::app {

// `joinery serve`: opens the engine on --db (sweeper running), with --demo-workers also the
// built-in demo workers and the demo workflows, and serves the Conductor REST API on
// --bind:--port until SIGINT or SIGTERM; then it stops accepting, lets in-flight work finish and
// closes the database cleanly. Prints "Listening on http://ADDRESS:PORT" on stdout once it
// accepts connections (--port 0 picks a free port). Needs a QCoreApplication.
// Exit 0 after a clean shutdown, 2 when it cannot start (bad address, port taken, a
// non-loopback address without --token, a database it cannot open).
int serveCommand(const CommandLineOptions &options);

} // namespace joinery::app

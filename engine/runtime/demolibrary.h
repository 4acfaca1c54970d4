#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace joinery {

class Engine;

// The demo workflows bundled with Joinery (resources/workflows/*.json, compiled in as
// :/joinery/workflows/): crazy-nested-fork-join, order-flow, retry-loop, dynamic-fan-out,
// parent-with-sub-workflow and its payment-child.
class DemoLibrary
{
public:
    static QList<QJsonObject> definitions();
    static QJsonObject definition(const QString &name);
    // A sensible input for each demo.
    static QJsonObject sampleInput(const QString &name, int serial = 0);
    // Registers every demo workflow that is not registered yet, with TaskDefs suited to demo
    // workers (retries with short delays). Returns how many definitions it added.
    static int registerAll(Engine &engine);
};

} // namespace joinery

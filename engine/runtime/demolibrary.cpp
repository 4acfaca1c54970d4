#include "runtime/demolibrary.h"

#include "definitions/taskdef.h"
#include "definitions/definitionjson.h"
#include "execution/metadataregistry.h"
#include "runtime/engine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace joinery {

QList<QJsonObject> DemoLibrary::definitions()
{
    QList<QJsonObject> list;
    const QDir dir(QStringLiteral(":/joinery/workflows"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            list.append(QJsonDocument::fromJson(f.readAll()).object());
    }
    return list;
}

QJsonObject DemoLibrary::definition(const QString &name)
{
    for (const QJsonObject &o : definitions()) {
        if (o.value(QLatin1String("name")).toString() == name)
            return o;
    }
    return {};
}

QJsonObject DemoLibrary::sampleInput(const QString &name, int serial)
{
    if (name == QLatin1String("crazy-nested-fork-join"))
        return {{QStringLiteral("orderId"), QStringLiteral("order-%1").arg(serial)},
                {QStringLiteral("items"), QJsonArray{QStringLiteral("joint"), QStringLiteral("dowel"), QStringLiteral("tenon")}}};
    if (name == QLatin1String("order-flow"))
        return {{QStringLiteral("orderId"), QStringLiteral("order-%1").arg(serial)},
                {QStringLiteral("paymentMethod"), serial % 3 == 0 ? QStringLiteral("invoice") : QStringLiteral("card")},
                {QStringLiteral("amount"), 10 + serial % 90}};
    if (name == QLatin1String("retry-loop"))
        return {{QStringLiteral("attempts"), 3}};
    if (name == QLatin1String("dynamic-fan-out"))
        return {{QStringLiteral("shipments"), 3 + serial % 4}};
    if (name == QLatin1String("parent-with-sub-workflow") || name == QLatin1String("payment-child"))
        return {{QStringLiteral("amount"), 25 + serial % 50}};
    return {};
}

int DemoLibrary::registerAll(Engine &engine)
{
    int added = 0;
    for (const QJsonObject &json : definitions()) {
        const QString name = json.value(QLatin1String("name")).toString();
        if (!engine.metadata().workflowDef(name)) {
            if (engine.registerWorkflowDef(json, false).ok())
                ++added;
        }
        WorkflowDef def;
        DefinitionError error;
        if (!workflowDefFromJson(json, &def, &error))
            continue;
        for (const WorkflowTask *t : def.allTasks()) {
            if (t->type != TaskType::Simple || engine.metadata().findTaskDef(t->name))
                continue;
            TaskDef td = TaskDef::defaultsFor(t->name);
            td.description = QStringLiteral("demo task");
            td.retryCount = 2;
            td.retryDelaySeconds = 1;
            td.responseTimeoutSeconds = 60;
            engine.registerTaskDef(taskDefToJson(td));
        }
    }
    // The dynamic fan-out's tasks are named at run time.
    if (!engine.metadata().findTaskDef(QStringLiteral("ship_parcel"))) {
        TaskDef td = TaskDef::defaultsFor(QStringLiteral("ship_parcel"));
        td.retryCount = 2;
        td.retryDelaySeconds = 1;
        td.responseTimeoutSeconds = 60;
        engine.registerTaskDef(taskDefToJson(td));
    }
    return added;
}

} // namespace joinery

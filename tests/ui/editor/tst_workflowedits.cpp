// The editor's operations on definition JSON (WorkflowEdits, TaskPaths) and the undo history
// of EditorDocument: each operation gives a definition the engine's validator accepts, and every
// edit undone restores the JSON before it exactly.

#include "definitions/definitionjson.h"
#include "definitions/definitionvalidator.h"
#include "editor/editordocument.h"
#include "editor/core/taskpaths.h"
#include "editor/core/workflowedits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

using Where = WorkflowEdits::Where;

QString u(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList problemsOf(const QJsonObject &json)
{
    WorkflowDef def;
    DefinitionError error;
    if (!workflowDefFromJson(json, &def, &error))
        return {u("reader: ") + error.toString()};
    QStringList out;
    for (const DefinitionError &e : DefinitionValidator::validate(def))
        out << e.toString();
    return out;
}

QJsonObject taskAt(const QJsonObject &def, const QString &ref)
{
    const std::optional<TaskSlot> slot = TaskPaths::find(def, ref);
    return slot ? TaskPaths::valueAt(def, slot->path()).toObject() : QJsonObject();
}

QStringList joinOnOf(const QJsonObject &def, const QString &joinRef)
{
    QStringList out;
    for (const QJsonValue &v : taskAt(def, joinRef).value(u("joinOn")).toArray())
        out << v.toString();
    return out;
}

QJsonObject must(const EditResult &r)
{
    if (!r.ok)
        qWarning("edit failed: %s", qPrintable(r.error));
    return r.json;
}

} // namespace

class TestWorkflowEdits : public QObject
{
    Q_OBJECT

private slots:
    void insertsTasksAroundAnchors()
    {
        QJsonObject def = WorkflowEdits::emptyDefinition(u("w"));
        def = must(WorkflowEdits::insertTask(def, QString(), Where::After, u("SIMPLE")));
        def = must(WorkflowEdits::insertTask(def, u("task"), Where::After, u("SIMPLE")));
        def = must(WorkflowEdits::insertTask(def, u("task"), Where::Before, u("SIMPLE")));
        def = must(WorkflowEdits::insertTask(def, u("#start"), Where::After, u("SIMPLE")));
        QCOMPARE(TaskPaths::allRefs(def), (QStringList {u("task_4"), u("task_3"), u("task"), u("task_2")}));
        QCOMPARE(problemsOf(def), QStringList());
    }

    void forkJoinFollowsItsBranches()
    {
        QJsonObject def = WorkflowEdits::emptyDefinition(u("w"));
        const EditResult fork = WorkflowEdits::insertFork(def, QString(), Where::After, 3);
        QVERIFY(fork.ok);
        QCOMPARE(fork.select, u("fork"));
        def = fork.json;
        QCOMPARE(joinOnOf(def, u("fork_join")), (QStringList {u("task"), u("task_2"), u("task_3")}));
        QCOMPARE(problemsOf(def), QStringList());

        // A task added at the end of a branch becomes what the JOIN waits for.
        def = must(WorkflowEdits::insertTask(def, u("task_2"), Where::After, u("SIMPLE")));
        QCOMPARE(joinOnOf(def, u("fork_join")), (QStringList {u("task"), u("task_4"), u("task_3")}));
        // Inserting after the fork goes after its JOIN.
        def = must(WorkflowEdits::insertTask(def, u("fork"), Where::After, u("SIMPLE")));
        QCOMPARE(def.value(u("tasks")).toArray().size(), 3);
        QCOMPARE(TaskPaths::refOf(def.value(u("tasks")).toArray().at(2).toObject()), u("task_5"));

        // Branches come and go; the JOIN follows.
        def = must(WorkflowEdits::addBranch(def, u("fork_join")));
        QCOMPARE(joinOnOf(def, u("fork_join")).size(), 4);
        def = must(WorkflowEdits::removeBranch(def, u("fork"), 0));
        QCOMPARE(joinOnOf(def, u("fork_join")), (QStringList {u("task_4"), u("task_3"), u("task_6")}));
        QCOMPARE(problemsOf(def), QStringList());
    }

    void chosenJoinOnIsKept()
    {
        QJsonObject def = must(WorkflowEdits::insertFork(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, 2));
        // The user waits for the first branch only.
        def = must(WorkflowEdits::setTaskField(def, u("fork_join"), {u("joinOn")}, QJsonArray {u("task")}));
        def = must(WorkflowEdits::insertTask(def, u("task_2"), Where::After, u("SIMPLE")));
        QCOMPARE(joinOnOf(def, u("fork_join")), QStringList {u("task")});
        // ...until that task goes away.
        def = must(WorkflowEdits::insertTask(def, u("task"), Where::Before, u("SIMPLE")));
        def = must(WorkflowEdits::remove(def, u("task")));
        QCOMPARE(joinOnOf(def, u("fork_join")), QStringList());
    }

    void deletingEitherEndRemovesTheFork()
    {
        QJsonObject def = must(WorkflowEdits::insertTask(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, u("SIMPLE")));
        const QJsonObject withFork = must(WorkflowEdits::insertFork(def, u("task"), Where::After, 2));
        QCOMPARE(must(WorkflowEdits::remove(withFork, u("fork_join"))), def);
        QCOMPARE(must(WorkflowEdits::remove(withFork, u("fork"))), def);
    }

    void switchAndLoop()
    {
        QJsonObject def = WorkflowEdits::emptyDefinition(u("w"));
        def = must(WorkflowEdits::insertSwitch(def, QString(), Where::After, {u("a"), u("b")}));
        QCOMPARE(problemsOf(def), QStringList());
        def = must(WorkflowEdits::setCases(def, u("switch"), {u("b"), u("c")}));
        QCOMPARE(taskAt(def, u("switch")).value(u("decisionCases")).toObject().keys(), (QStringList {u("b"), u("c")}));
        QCOMPARE(problemsOf(def), QStringList());

        def = must(WorkflowEdits::insertTask(def, u("switch"), Where::After, u("SIMPLE")));
        const QString last = TaskPaths::allRefs(def).last();
        const EditResult loop = WorkflowEdits::wrapInLoop(def, {u("switch"), last});
        QVERIFY2(loop.ok, qPrintable(loop.error));
        def = loop.json;
        QCOMPARE(def.value(u("tasks")).toArray().size(), 1);
        QCOMPARE(TaskPaths::typeOf(def.value(u("tasks")).toArray().at(0).toObject()), u("DO_WHILE"));
        QCOMPARE(taskAt(def, u("loop")).value(u("loopOver")).toArray().size(), 2);
        QCOMPARE(problemsOf(def), QStringList());
        // Tasks in different lists cannot be wrapped together.
        QVERIFY(!WorkflowEdits::wrapInLoop(def, {u("loop"), TaskPaths::allRefs(def).at(2)}).ok);
    }

    void paletteTypesValidate_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : WorkflowEdits::paletteTypes())
            QTest::newRow(qPrintable(type)) << type;
    }

    void paletteTypesValidate()
    {
        QFETCH(QString, type);
        QJsonObject def = must(WorkflowEdits::insertTask(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, type));
        const QString ref = TaskPaths::allRefs(def).first();
        if (type == u("SUB_WORKFLOW")) {
            QVERIFY(!problemsOf(def).isEmpty()); // the child workflow has to be named
            def = must(WorkflowEdits::setTaskField(def, ref, {u("subWorkflowParam"), u("name")}, u("child")));
        }
        QCOMPARE(problemsOf(def), QStringList());
        QCOMPARE(TaskPaths::typeOf(taskAt(def, ref)), type);
    }

    void movesWithinAndBetweenBranches()
    {
        QJsonObject def = must(WorkflowEdits::insertFork(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, 2));
        def = must(WorkflowEdits::insertTask(def, u("task"), Where::After, u("SIMPLE"))); // task_3 after task
        const EditResult moved = WorkflowEdits::move(def, u("task_3"), u("task_2"), Where::Before);
        QVERIFY2(moved.ok, qPrintable(moved.error));
        def = moved.json;
        QCOMPARE(TaskPaths::find(def, u("task_3"))->list, (JsonPath {u("tasks"), 0, u("forkTasks"), 1}));
        QCOMPARE(joinOnOf(def, u("fork_join")), (QStringList {u("task"), u("task_2")}));
        // A fork moves with its JOIN, and never into itself.
        QVERIFY(!WorkflowEdits::move(def, u("fork"), u("task"), Where::After).ok);
        def = must(WorkflowEdits::insertTask(def, u("fork"), Where::After, u("SIMPLE")));
        def = must(WorkflowEdits::move(def, u("fork_join"), u("task_4"), Where::After));
        QCOMPARE(TaskPaths::allRefs(def).first(), u("task_4"));
        QCOMPARE(problemsOf(def), QStringList());
    }

    void renameFollowsUses()
    {
        QJsonObject def = must(WorkflowEdits::insertFork(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, 2));
        def = must(WorkflowEdits::insertTask(def, u("fork"), Where::After, u("SIMPLE")));
        def = must(WorkflowEdits::setTaskField(def, u("task_3"), {u("inputParameters"), u("x")}, u("${task.output.value}")));
        def = must(WorkflowEdits::renameRef(def, u("task"), u("fetch")));
        QCOMPARE(joinOnOf(def, u("fork_join")), (QStringList {u("fetch"), u("task_2")}));
        QCOMPARE(taskAt(def, u("task_3")).value(u("inputParameters")).toObject().value(u("x")).toString(), u("${fetch.output.value}"));
        QVERIFY(!WorkflowEdits::renameRef(def, u("fetch"), u("task_2")).ok); // taken
        QCOMPARE(problemsOf(def), QStringList());
    }

    void paths()
    {
        QJsonObject def = must(WorkflowEdits::insertFork(WorkflowEdits::emptyDefinition(u("w")), QString(), Where::After, 2));
        def = must(WorkflowEdits::insertTask(def, u("#start"), Where::After, u("SIMPLE")));
        def = must(WorkflowEdits::insertTask(def, u("task_2"), Where::After, u("SIMPLE")));
        QCOMPARE(TaskPaths::precedingRefs(def, u("task_4")), (QStringList {u("task_3"), u("fork"), u("task_2")}));
        QCOMPARE(TaskPaths::refAtErrorPath(def, u("tasks[1].forkTasks[1][0].name")), u("task_2"));
        QCOMPARE(TaskPaths::refAtErrorPath(def, u("name")), QString());
    }

    void undoRestoresExactly()
    {
        EditorDocument doc;
        doc.load(WorkflowEdits::emptyDefinition(u("undo")));
        QList<QJsonObject> states {doc.json()};
        const auto step = [&](const EditResult &r) {
            QVERIFY2(r.ok, qPrintable(r.error));
            const QJsonObject before = doc.json();
            QVERIFY(doc.apply(r, u("edit")));
            const QJsonObject after = doc.json();
            QCOMPARE(after, r.json);
            doc.undoStack()->undo();
            QCOMPARE(doc.json(), before);
            QCOMPARE(QJsonDocument(doc.json()).toJson(), QJsonDocument(before).toJson());
            doc.undoStack()->redo();
            QCOMPARE(doc.json(), after);
            states << after;
        };
        step(WorkflowEdits::insertTask(doc.json(), QString(), Where::After, u("SIMPLE")));
        step(WorkflowEdits::insertFork(doc.json(), u("task"), Where::After, 3));
        step(WorkflowEdits::insertTask(doc.json(), u("task_3"), Where::After, u("HTTP")));
        step(WorkflowEdits::addBranch(doc.json(), u("fork")));
        step(WorkflowEdits::removeBranch(doc.json(), u("fork"), 2));
        step(WorkflowEdits::insertSwitch(doc.json(), u("fork"), Where::After, {u("x")}));
        step(WorkflowEdits::wrapInLoop(doc.json(), {u("switch")}));
        step(WorkflowEdits::move(doc.json(), u("task"), u("http"), Where::After));
        step(WorkflowEdits::renameRef(doc.json(), u("http"), u("call")));
        step(WorkflowEdits::setTaskField(doc.json(), u("call"), {u("optional")}, true));
        step(WorkflowEdits::remove(doc.json(), u("fork")));
        step(WorkflowEdits::setWorkflowField(doc.json(), u("description"), u("changed")));
        QVERIFY(doc.isDirty());
        // All the way back, then forward again.
        for (qsizetype i = states.size() - 1; i > 0; --i) {
            QCOMPARE(doc.json(), states.at(i));
            doc.undoStack()->undo();
        }
        QCOMPARE(doc.json(), states.first());
        QVERIFY(!doc.isDirty());
        for (qsizetype i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QCOMPARE(doc.json(), states.at(i));
        }
    }

    void typingMergesIntoOneStep()
    {
        EditorDocument doc;
        const QJsonObject start = doc.json();
        QJsonObject a = start;
        a.insert(u("description"), u("a"));
        QJsonObject ab = start;
        ab.insert(u("description"), u("ab"));
        QVERIFY(doc.apply(a, u("type"), 7));
        QVERIFY(doc.apply(ab, u("type"), 7));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.json(), start);
        QVERIFY(!doc.apply(start, u("nothing")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEdits)
#include "tst_workflowedits.moc"

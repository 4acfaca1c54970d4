// The workflow editor driven like a user: clicks on the graph, the toolbar's actions, typing in
// the properties and the JSON view, dragging a task. Builds the crazy-nested-fork-join demo's
// shape from an empty definition, saves it through the diff dialog, runs it on a real embedded
// engine with the demo workers to COMPLETED, and lands in the monitoring view of that run.

#include "definitions/definitionjson.h"
#include "editor/definitiondiffdialog.h"
#include "editor/definitionsmodel.h"
#include "editor/editordocument.h"
#include "editor/editorgraph.h"
#include "editor/editorwidget.h"
#include "editor/expressionedit.h"
#include "editor/jsonsourceview.h"
#include "editor/propertiespanel.h"
#include "editor/runinputdialog.h"
#include "editor/core/taskpaths.h"
#include "actions/jsonedit.h"
#include "execution/workflowexecutor.h"
#include "graphview/graphcanvas.h"
#include "graphview/graphscene.h"
#include "graphview/nodeitem.h"
#include "i18n/languagemanager.h"
#include "runtime/completionwaiter.h"
#include "runtime/demolibrary.h"
#include "runtime/demoworkers.h"
#include "runtime/engine.h"
#include "runtime/workerhost.h"
#include "shell/mainwindow.h"
#include "shell/selection.h"
#include "source/embeddedsource.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

namespace {

QString u(const char *text)
{
    return QString::fromLatin1(text);
}

// Nested blocks as text, one line per task: type, reference, name, and a JOIN's joinOn.
void shapeOf(const QJsonArray &tasks, int depth, QStringList *out)
{
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        QString line = QString(depth * 2, QLatin1Char(' ')) + TaskPaths::typeOf(t) + QLatin1Char(' ')
            + TaskPaths::refOf(t) + QLatin1Char(' ') + t.value(u("name")).toString();
        if (TaskPaths::typeOf(t) == u("JOIN")) {
            QStringList on;
            for (const QJsonValue &j : t.value(u("joinOn")).toArray())
                on << j.toString();
            line += u(" on ") + on.join(QLatin1Char(','));
        }
        out->append(line);
        const QJsonArray branches = t.value(u("forkTasks")).toArray();
        for (int b = 0; b < branches.size(); ++b) {
            out->append(QString(depth * 2 + 1, QLatin1Char(' ')) + u("branch ") + QString::number(b));
            shapeOf(branches.at(b).toArray(), depth + 1, out);
        }
    }
}

QString shape(const QJsonObject &def)
{
    QStringList lines;
    shapeOf(def.value(u("tasks")).toArray(), 0, &lines);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Drives one EditorWidget with the mouse and keyboard.
struct Driver
{
    EditorWidget *editor;

    EditorDocument *doc() const { return editor->document(); }
    QWidget *viewport() const { return editor->graph()->canvas()->viewport(); }

    // The live editor of a property (a rebuilt form leaves the old ones to deleteLater).
    template<typename T> T *field(const QString &name) const
    {
        for (T *w : editor->properties()->findChildren<T *>(name)) {
            if (w->isVisibleTo(editor->properties()))
                return w;
        }
        return nullptr;
    }

    bool click(const QString &id, Qt::KeyboardModifiers modifiers = {}) const
    {
        NodeItem *item = editor->graph()->scene()->nodeItem(id);
        if (!item)
            return false;
        editor->graph()->canvas()->centerOn(item->box().center());
        QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, editor->graph()->viewportPos(id));
        return editor->graph()->current() == id || (modifiers & Qt::ControlModifier);
    }

    bool type(const QString &fieldName, const QString &text) const
    {
        auto *edit = field<QLineEdit>(fieldName);
        if (!edit)
            return false;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
        return true;
    }

    // Renames the selected task (reference and name) by typing in the properties.
    bool rename(const QString &ref, const QString &name) const
    {
        if (!type(u("prop_taskReferenceName"), ref) || editor->graph()->current() != ref)
            return false;
        return type(u("prop_name"), name) && TaskPaths::find(doc()->json(), ref).has_value();
    }

    void trigger(EditorWidget::ActionId id) const
    {
        QVERIFY2(editor->action(id)->isEnabled(), qPrintable(editor->action(id)->objectName()));
        editor->action(id)->trigger();
    }

    // References of the tasks that start each branch of the FORK_JOIN `fork`.
    QStringList branchHeads(const QString &fork) const
    {
        QStringList heads;
        const std::optional<TaskSlot> slot = TaskPaths::find(doc()->json(), fork);
        for (const QJsonValue &b : TaskPaths::valueAt(doc()->json(), slot->path() + JsonPath {u("forkTasks")}).toArray())
            heads << TaskPaths::refOf(b.toArray().first().toObject());
        return heads;
    }

    // After `anchor`: a FORK_JOIN `fork` with `branches` branches and its JOIN `fork`_join.
    bool addFork(const QString &anchor, const QString &fork, int branches) const
    {
        if (!click(anchor))
            return false;
        editor->branchCount()->setValue(branches);
        editor->action(EditorWidget::AddForkAction)->trigger();
        const QString join = TaskPaths::refOf(TaskPaths::valueAt(doc()->json(),
            TaskPaths::find(doc()->json(), editor->graph()->current())->list
                + JsonPath {TaskPaths::find(doc()->json(), editor->graph()->current())->index + 1}).toObject());
        return rename(fork, fork) && click(join) && rename(fork + u("_join"), fork + u("_join"));
    }

    // After `anchor`: a SIMPLE task.
    bool addAfter(const QString &anchor, const QString &ref, const QString &name) const
    {
        if (!click(anchor))
            return false;
        editor->action(EditorWidget::InsertAfterAction)->trigger();
        return rename(ref, name);
    }
};

} // namespace

class TestEditorWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(u("en"));
        EngineOptions options;
        options.databasePath = m_dir.filePath(u("editor.sqlite"));
        QString error;
        m_engine = Engine::open(options, &error);
        QVERIFY2(m_engine, qPrintable(error));
        m_source = std::make_unique<EmbeddedSource>(*m_engine);
        DemoLibrary::registerAll(*m_engine); // the browser lists the demos; saving makes version 2
        DemoWorkers::install(m_engine->workers(), m_engine->faults(), &m_engine->delays(), DemoWorkerConfig {16, 0, 0});
        m_engine->workers().start();
    }

    void cleanupTestCase()
    {
        m_engine->workers().stop();
        m_source.reset();
        m_engine.reset();
    }

    void buildsCrazyNestedForkJoinAndRunsIt()
    {
        MainWindow window(&m_languages, m_source.get());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorWidget *editor = window.editor();
        QSignalSpy listed(editor, &EditorWidget::definitionsRefreshed);
        window.setEditorMode(true);
        QVERIFY(listed.wait());
        QVERIFY(editor->definitionsModel()->rowCount() >= 6);
        QVERIFY(editor->isVisible());
        const Driver d {editor};

        d.trigger(EditorWidget::NewAction);
        QVERIFY(d.doc()->json().value(u("tasks")).toArray().isEmpty());
        QVERIFY(d.type(u("prop_name"), u("crazy-nested-fork-join")));
        QVERIFY(d.type(u("prop_inputParameters"), u("orderId, items")));
        QCOMPARE(d.doc()->json().value(u("name")).toString(), u("crazy-nested-fork-join"));

        // start -> outer fork (3 branches) -> finish
        d.trigger(EditorWidget::InsertAfterAction);
        QVERIFY(d.rename(u("start"), u("cnfj_start")));
        QVERIFY(d.addFork(u("start"), u("outer_fork"), 3));
        QVERIFY(d.addAfter(u("outer_fork_join"), u("finish"), u("cnfj_finish")));
        const QStringList outer = d.branchHeads(u("outer_fork"));
        QCOMPARE(outer.size(), 3);
        for (int a = 1; a <= 3; ++a) {
            const QString A = u("a") + QString::number(a);
            QVERIFY(d.click(outer.at(a - 1)));
            QVERIFY(d.rename(A + u("_open"), u("cnfj_stage")));
            QVERIFY(d.addFork(A + u("_open"), A + u("_fork"), 2));
            QVERIFY(d.addAfter(A + u("_fork_join"), A + u("_close"), u("cnfj_stage")));
            const QStringList middle = d.branchHeads(A + u("_fork"));
            for (int b = 1; b <= 2; ++b) {
                const QString B = A + u("b") + QString::number(b);
                QVERIFY(d.click(middle.at(b - 1)));
                QVERIFY(d.rename(B + u("_open"), u("cnfj_step")));
                QVERIFY(d.addFork(B + u("_open"), B + u("_fork"), 2));
                QVERIFY(d.addAfter(B + u("_fork_join"), B + u("_close"), u("cnfj_step")));
                const QStringList inner = d.branchHeads(B + u("_fork"));
                for (int c = 1; c <= 2; ++c) {
                    const QString C = B + u("c") + QString::number(c);
                    QVERIFY(d.click(inner.at(c - 1)));
                    QVERIFY(d.rename(C + u("_x"), u("cnfj_leaf")));
                    // Adding at the end of the branch moves the JOIN's joinOn along.
                    QVERIFY(d.addAfter(C + u("_x"), C + u("_y"), u("cnfj_leaf")));
                }
            }
        }

        // The same blocks, references, names and joins as the demo.
        const QJsonObject demo = readObject(u(JOINERY_SOURCE_DIR "/resources/workflows/crazy-nested-fork-join.json"));
        QCOMPARE(shape(d.doc()->json()), shape(demo));
        QVERIFY(d.doc()->reads());
        QCOMPARE(d.doc()->problems().size(), 0);
        QCOMPARE(editor->problemsList()->count(), 0);
        QCOMPARE(editor->graph()->scene()->nodeItemCount(), 2 + 44 + 20);
        QVERIFY(d.doc()->isDirty());

        // Wire one input with the completer: "${workflow.input.o" + Return.
        QVERIFY(d.click(u("start")));
        auto *inputs = d.field<ExpressionEdit>(u("prop_inputParameters"));
        QVERIFY(inputs);
        inputs->setFocus();
        inputs->selectAll();
        QTest::keyClicks(inputs, u("{\"orderId\": \"${workflow.input.o"));
        QTRY_VERIFY(inputs->completer()->popup()->isVisible());
        QCOMPARE(inputs->completer()->currentCompletion(), u("${workflow.input.orderId}"));
        QTest::keyClick(inputs->completer()->popup(), Qt::Key_Return);
        QTest::keyClicks(inputs, u("\"}"));
        QCOMPARE(TaskPaths::valueAt(d.doc()->json(), TaskPaths::find(d.doc()->json(), u("start"))->path()
                     + JsonPath {u("inputParameters"), u("orderId")}).toString(),
            u("${workflow.input.orderId}"));

        // Show a JOIN's properties for the screenshots, then grab them (English, Korean).
        QVERIFY(d.click(u("a1_fork_join")));
        editor->graph()->canvas()->resetZoom();
        editor->graph()->canvas()->focusNode(editor->graph()->scene()->nodeItem(u("a1b1_fork_join")), 0.85);
        const QString shots = u(JOINERY_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u("/editor-en.png")));
        QVERIFY(m_languages.setLanguage(u("ko")));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(shots + u("/editor-ko.png")));
        QVERIFY(m_languages.setLanguage(u("en")));
        QCoreApplication::processEvents();

        // Save: the diff against the stored demo (version 1), then version 2 is registered.
        QSignalSpy saved(editor, &EditorWidget::saved);
        d.trigger(EditorWidget::SaveAction);
        auto *diff = editor->findChild<DefinitionDiffDialog *>();
        QVERIFY(diff);
        QVERIFY(diff->changedLines() > 40); // the demo's inputs are wired, these mostly not
        diff->accept();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toInt(), 2);
        QVERIFY(!d.doc()->isDirty());
        m_engine->registerMissingTaskDefs(u("crazy-nested-fork-join"));

        // Run it, with input, and end up watching it.
        CompletionWaiter waiter(m_engine->executor());
        QSignalSpy started(editor, &EditorWidget::runStarted);
        d.trigger(EditorWidget::RunAction);
        auto *run = editor->findChild<RunInputDialog *>();
        QVERIFY(run);
        run->inputEdit()->setObject(QJsonObject {{u("orderId"), u("o-1")}, {u("items"), QJsonArray {1, 2}}});
        run->accept();
        QVERIFY(started.wait(10000));
        const QString id = started.first().at(0).toString();
        QVERIFY(!window.editorMode());
        QCOMPARE(window.selection()->workflowId(), id);
        QVERIFY(waiter.waitFor(id, 60000));
        const std::optional<WorkflowRun> ran = m_engine->executor().find(id, true);
        QVERIFY(ran);
        QCOMPARE(ran->status, WorkflowStatus::Completed);
        QCOMPARE(ran->input.value(u("orderId")).toString(), u("o-1"));
    }

    void runsAnUnsavedDefinitionInline()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        d.trigger(EditorWidget::NewAction);
        QVERIFY(d.type(u("prop_name"), u("never_saved")));
        editor.paletteAction(u("SET_VARIABLE"))->trigger();
        editor.paletteAction(u("INLINE"))->trigger();
        QVERIFY(d.doc()->isDirty());
        CompletionWaiter waiter(m_engine->executor());
        QSignalSpy started(&editor, &EditorWidget::runStarted);
        d.trigger(EditorWidget::RunAction);
        auto *run = editor.findChild<RunInputDialog *>();
        QVERIFY(run);
        run->inputEdit()->setObject(QJsonObject {{u("value"), 7}});
        run->accept();
        QVERIFY(started.wait(10000));
        const QString id = started.first().at(0).toString();
        QVERIFY(waiter.waitFor(id, 30000));
        const std::optional<WorkflowRun> ran = m_engine->executor().find(id, true);
        QVERIFY(ran);
        QCOMPARE(ran->status, WorkflowStatus::Completed);
        QCOMPARE(ran->workflowName, u("never_saved"));
    }

    void everyActionUndoesExactly()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        d.trigger(EditorWidget::NewAction);
        QList<QJsonObject> states {d.doc()->json()};
        const auto check = [&](const char *what) {
            const QJsonObject after = d.doc()->json();
            QVERIFY2(after != states.last(), what);
            editor.action(EditorWidget::UndoAction)->trigger();
            QVERIFY2(d.doc()->json() == states.last(), what);
            editor.action(EditorWidget::RedoAction)->trigger();
            QVERIFY2(d.doc()->json() == after, what);
            states << after;
        };
        d.trigger(EditorWidget::InsertAfterAction);
        check("insert after");
        d.trigger(EditorWidget::InsertBeforeAction);
        check("insert before");
        editor.branchCount()->setValue(3);
        d.trigger(EditorWidget::AddForkAction);
        check("add fork");
        QVERIFY(d.click(u("fork")));
        d.trigger(EditorWidget::AddBranchAction);
        check("add branch");
        // Undo and redo (in check()) bring the selection back with the edit: the new branch's task.
        QCOMPARE(editor.graph()->current(), u("task_6"));
        d.trigger(EditorWidget::RemoveBranchAction);
        check("remove branch");
        QVERIFY(d.click(u("fork_join")));
        d.trigger(EditorWidget::AddSwitchAction);
        check("add switch");
        for (const QString &type : {u("SUB_WORKFLOW"), u("WAIT"), u("HTTP"), u("INLINE"), u("JSON_JQ_TRANSFORM"),
                 u("SET_VARIABLE"), u("TERMINATE"), u("FORK_JOIN_DYNAMIC")}) {
            editor.paletteAction(type)->trigger();
            check(qPrintable(type));
        }
        QVERIFY(d.click(u("task")));
        QVERIFY(d.click(u("task_2"), Qt::ControlModifier));
        QCOMPARE(editor.graph()->selection().size(), 2);
        d.trigger(EditorWidget::WrapInLoopAction);
        check("wrap in loop");
        QVERIFY(d.click(u("switch")));
        d.trigger(EditorWidget::DeleteNodeAction);
        check("delete");
        QVERIFY(d.click(u("wait")));
        QVERIFY(d.type(u("prop_inputParameters_duration"), u("10s")));
        check("property");
        QVERIFY(d.rename(u("pause"), u("pause")));
        QCOMPARE(editor.graph()->current(), u("pause"));
        // The rename and the name: two edits.
        editor.action(EditorWidget::UndoAction)->trigger();
        editor.action(EditorWidget::UndoAction)->trigger();
        QCOMPARE(d.doc()->json(), states.last());
        // Everything back to the empty definition, and forward again.
        while (editor.action(EditorWidget::UndoAction)->isEnabled())
            editor.action(EditorWidget::UndoAction)->trigger();
        QCOMPARE(d.doc()->json(), states.first());
        QVERIFY(!d.doc()->isDirty());
        for (qsizetype i = 1; i < states.size(); ++i) {
            editor.action(EditorWidget::RedoAction)->trigger();
            QCOMPARE(d.doc()->json(), states.at(i));
        }
    }

    void dragMovesATaskBetweenBranches()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        d.trigger(EditorWidget::NewAction);
        editor.branchCount()->setValue(2);
        d.trigger(EditorWidget::AddForkAction);
        QVERIFY(d.click(u("task")));
        d.trigger(EditorWidget::InsertAfterAction); // task_3 under task, in branch 0
        const QJsonObject before = d.doc()->json();
        editor.graph()->canvas()->fitAll();
        const QPoint from = editor.graph()->viewportPos(u("task_3"));
        const QPoint to = editor.graph()->viewportPos(u("task_2")) + QPoint(0, 6); // lower half: after
        QTest::mousePress(d.viewport(), Qt::LeftButton, {}, from);
        // Moves with the button held, sent to the viewport as a drag delivers them.
        for (const QPoint &p : {from + QPoint(0, 10), to}) {
            QMouseEvent move(QEvent::MouseMove, p, d.viewport()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(d.viewport(), &move);
        }
        QTest::mouseRelease(d.viewport(), Qt::LeftButton, {}, to);
        const std::optional<TaskSlot> slot = TaskPaths::find(d.doc()->json(), u("task_3"));
        QVERIFY(slot);
        QCOMPARE(slot->list, (JsonPath {u("tasks"), 0, u("forkTasks"), 1}));
        QCOMPARE(slot->index, 1);
        // The JOIN waits for the new ends of both branches.
        const QJsonArray joinOn = d.doc()->json().value(u("tasks")).toArray().at(1).toObject().value(u("joinOn")).toArray();
        QCOMPARE(joinOn, (QJsonArray {u("task"), u("task_3")}));
        editor.action(EditorWidget::UndoAction)->trigger();
        QCOMPARE(d.doc()->json(), before);
    }

    void jsonViewAndGraphStayInSync()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        d.trigger(EditorWidget::NewAction);
        d.trigger(EditorWidget::InsertAfterAction);
        QPlainTextEdit *text = editor.jsonView()->editor();
        // Graph -> JSON.
        QCOMPARE(QJsonDocument::fromJson(text->toPlainText().toUtf8()).object(), d.doc()->json());
        const int nodes = editor.graph()->scene()->nodeItemCount();

        // A typo: not applied, the error says where, the graph stays.
        QTextCursor cursor = text->textCursor();
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::Down);
        cursor.movePosition(QTextCursor::EndOfLine);
        text->setTextCursor(cursor);
        text->setFocus();
        const QJsonObject before = d.doc()->json();
        QTest::keyClicks(text, u(" oops"));
        QVERIFY(!editor.jsonView()->textParses());
        QVERIFY2(editor.jsonView()->statusText().contains(u("Line 2")), qPrintable(editor.jsonView()->statusText()));
        QCOMPARE(d.doc()->json(), before);
        QCOMPARE(editor.graph()->scene()->nodeItemCount(), nodes);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(text, Qt::Key_Backspace);
        QVERIFY(editor.jsonView()->textParses());
        QCOMPARE(d.doc()->json(), before);

        // JSON -> graph: rename the task in the text.
        QString changed = text->toPlainText();
        changed.replace(u("\"taskReferenceName\": \"task\""), u("\"taskReferenceName\": \"typed\""));
        changed = changed.trimmed();
        text->setPlainText(changed.left(changed.size() - 1)); // a paste without the last brace...
        text->moveCursor(QTextCursor::End);
        QVERIFY(!editor.jsonView()->textParses());
        QTest::keyClicks(text, u("}"));                            // ...which makes it parse
        QVERIFY(editor.jsonView()->textParses());
        QVERIFY(editor.graph()->scene()->nodeItem(u("typed")));
        QVERIFY(!editor.graph()->scene()->nodeItem(u("task")));
        // All that typing is one undo step.
        editor.action(EditorWidget::UndoAction)->trigger();
        QCOMPARE(d.doc()->json(), before);
        QVERIFY(editor.graph()->scene()->nodeItem(u("task")));
    }

    void typeFieldsEditTheTask()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        const auto taskJson = [&](const QString &ref) {
            return TaskPaths::valueAt(d.doc()->json(), TaskPaths::find(d.doc()->json(), ref)->path()).toObject();
        };
        d.trigger(EditorWidget::NewAction);
        d.trigger(EditorWidget::AddForkAction);

        // joinOn picker: the JOIN stops waiting for the first branch.
        QVERIFY(d.click(u("fork_join")));
        auto *joinOn = d.field<QListWidget>(u("prop_joinOn"));
        QVERIFY(joinOn);
        QCOMPARE(joinOn->count(), 2);
        joinOn->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(taskJson(u("fork_join")).value(u("joinOn")).toArray(), QJsonArray {u("task_2")});

        // SWITCH cases, typed.
        d.trigger(EditorWidget::AddSwitchAction);
        QCOMPARE(editor.graph()->current(), u("switch"));
        QVERIFY(d.type(u("prop_decisionCases"), u("card, cash, voucher")));
        QCOMPARE(taskJson(u("switch")).value(u("decisionCases")).toObject().keys(),
            (QStringList {u("card"), u("cash"), u("voucher")}));
        QVERIFY(editor.graph()->scene()->nodeItem(u("switch")));

        // HTTP request: URI typed, method chosen with the keyboard.
        editor.paletteAction(u("HTTP"))->trigger();
        QVERIFY(d.type(u("prop_inputParameters_http_request_uri"), u("https://example.org/orders")));
        auto *method = d.field<QComboBox>(u("prop_inputParameters_http_request_method"));
        QVERIFY(method);
        QCOMPARE(method->currentText(), u("GET"));
        QTest::keyClick(method, Qt::Key_Down);
        const QJsonObject request = taskJson(u("http")).value(u("inputParameters")).toObject().value(u("http_request")).toObject();
        QCOMPARE(request.value(u("uri")).toString(), u("https://example.org/orders"));
        QCOMPARE(request.value(u("method")).toString(), u("POST"));

        // DO_WHILE loop condition, typed into the script editor.
        QVERIFY(d.click(u("http")));
        d.trigger(EditorWidget::WrapInLoopAction);
        QCOMPARE(editor.graph()->current(), u("loop"));
        auto *condition = d.field<ExpressionEdit>(u("prop_loopCondition"));
        QVERIFY(condition);
        condition->selectAll();
        QTest::keyClicks(condition, u("$.loop['iteration'] < 2"));
        QCOMPARE(taskJson(u("loop")).value(u("loopCondition")).toString(), u("$.loop['iteration'] < 2"));
        QCOMPARE(d.doc()->problems().size(), 0);
        // All that typing was one undo step.
        editor.action(EditorWidget::UndoAction)->trigger();
        QVERIFY(taskJson(u("loop")).value(u("loopCondition")).toString().startsWith(u("if (")));
    }

    void validationMarksNodesAndJumpsToThem()
    {
        EditorWidget editor(m_source.get());
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Driver d {&editor};
        d.trigger(EditorWidget::NewAction);
        d.trigger(EditorWidget::InsertAfterAction);
        editor.paletteAction(u("SUB_WORKFLOW"))->trigger(); // needs a child workflow's name
        QVERIFY(!editor.action(EditorWidget::SaveAction)->isEnabled());
        QCOMPARE(editor.problemsList()->count(), 1);
        QVERIFY(d.click(u("task")));
        QListWidgetItem *problem = editor.problemsList()->item(0);
        QVERIFY(problem->text().contains(u("subWorkflowParam")));
        editor.problemsList()->scrollToItem(problem);
        QTest::mouseClick(editor.problemsList()->viewport(), Qt::LeftButton, {},
            editor.problemsList()->visualItemRect(problem).center());
        QCOMPARE(editor.graph()->current(), u("sub_workflow"));
        // A red badge on the node.
        const auto children = editor.graph()->scene()->nodeItem(u("sub_workflow"))->childItems();
        QVERIFY(std::any_of(children.begin(), children.end(), [](QGraphicsItem *i) { return i->isVisible(); }));
        QVERIFY(d.type(u("prop_subWorkflowParam_name"), u("child")));
        QCOMPARE(editor.problemsList()->count(), 0);
        QVERIFY(editor.action(EditorWidget::SaveAction)->isEnabled());
        // A reference already in use is refused as it is typed.
        auto *ref = d.field<QLineEdit>(u("prop_taskReferenceName"));
        ref->selectAll();
        QTest::keyClicks(ref, u("task"));
        QVERIFY(d.field<QLabel>(u("prop_taskReferenceName_note"))->isVisibleTo(editor.properties()));
        QTest::keyClick(ref, Qt::Key_Return);
        QVERIFY(TaskPaths::find(d.doc()->json(), u("sub_workflow")));
    }

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EmbeddedSource> m_source;
};

QTEST_MAIN(TestEditorWidget)
#include "tst_editorwidget.moc"

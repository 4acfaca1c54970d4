// Round trip: every Conductor fixture the engine's reader accepts and every demo workflow opens
// in the editor (from a file, and from the engine's store through the definitions browser),
// shows as a graph, lets every node be selected, and saves back as JSON semantically equal to
// what was opened.

#include "definitions/definitionjson.h"
#include "editor/definitionsmodel.h"
#include "editor/editordocument.h"
#include "editor/editorgraph.h"
#include "editor/editorwidget.h"
#include "editor/jsonsourceview.h"
#include "editor/propertiespanel.h"
#include "editor/core/taskpaths.h"
#include "graphview/graphscene.h"
#include "runtime/engine.h"
#include "source/embeddedsource.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace joinery;
using namespace joinery::ui;

namespace {

QStringList definitionFiles()
{
    QStringList files;
    const QDir fixtures(QStringLiteral(JOINERY_SHARED_DIR "/conductor-fixtures"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << fixtures.filePath(name);
    const QDir demos(QStringLiteral(JOINERY_SOURCE_DIR "/resources/workflows"));
    for (const QString &name : demos.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << demos.filePath(name);
    return files;
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What the engine makes of a definition: equal for JSON that means the same.
QJsonObject canonical(const QJsonObject &json)
{
    WorkflowDef def;
    DefinitionError error;
    if (!workflowDefFromJson(json, &def, &error))
        return {};
    QJsonObject out = workflowDefToJson(def);
    out.remove(QStringLiteral("createTime"));
    out.remove(QStringLiteral("updateTime"));
    return out;
}

} // namespace

class TestEditorRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        EngineOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("engine.sqlite"));
        options.startSweeper = false;
        QString error;
        m_engine = Engine::open(options, &error);
        QVERIFY2(m_engine, qPrintable(error));
        m_source = std::make_unique<EmbeddedSource>(*m_engine);
        m_editor = std::make_unique<EditorWidget>(m_source.get());
        new QAbstractItemModelTester(m_editor->definitionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_editor.get());
        m_editor->resize(1400, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_source.reset();
        m_engine.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        int accepted = 0, refused = 0;
        for (const QString &path : definitionFiles()) {
            WorkflowDef def;
            DefinitionError error;
            if (!workflowDefFromJson(readObject(path), &def, &error)) {
                ++refused; // the reader refuses it; the editor shows such files as errors only
                continue;
            }
            ++accepted;
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
        }
        qInfo("%d definitions the reader accepts, %d it refuses", accepted, refused);
        QVERIFY(accepted >= 70);
    }

    void roundTrip()
    {
        QFETCH(QString, path);
        const QJsonObject original = readObject(path);

        // From a file: the exported JSON is the imported JSON, member for member.
        QString error;
        QVERIFY2(m_editor->importFile(path, &error), qPrintable(error));
        EditorDocument *doc = m_editor->document();
        QVERIFY(doc->reads());
        QCOMPARE(doc->json(), original);
        QVERIFY(!doc->isDirty());
        QCOMPARE(QJsonDocument::fromJson(m_editor->jsonView()->editor()->toPlainText().toUtf8()).object(), original);
        const QStringList refs = TaskPaths::allRefs(original);
        QVERIFY(m_editor->graph()->scene()->nodeItemCount() >= 2); // START and END at least
        for (const QString &ref : refs) {
            if (TaskPaths::typeOf(TaskPaths::valueAt(original, TaskPaths::find(original, ref)->path()).toObject()) == QLatin1String("JOIN")
                && !m_editor->graph()->scene()->nodeItem(ref))
                continue; // a JOIN after a dynamic fork may be drawn inside its group
            QVERIFY2(m_editor->graph()->scene()->nodeItem(ref), qPrintable(ref));
        }
        // Showing every node's properties changes nothing.
        for (const QString &ref : refs)
            m_editor->graph()->select({ref});
        m_editor->graph()->select({});
        QCOMPARE(doc->json(), original);
        QVERIFY(!doc->isDirty());
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY2(m_editor->exportFile(out, &error), qPrintable(error));
        QCOMPARE(readObject(out), original);

        // From the engine's store, through the browser: semantically equal (the store keeps the
        // definition as the engine's writer puts it).
        const ActionResult registered = m_engine->registerWorkflowDef(original, true);
        if (!registered.ok()) {
            qInfo("not registered (%s), so not opened from the store", qPrintable(registered.message));
            return;
        }
        QSignalSpy refreshed(m_editor.get(), &EditorWidget::definitionsRefreshed);
        m_editor->refreshDefinitions();
        QVERIFY(refreshed.wait());
        const QString name = original.value(QLatin1String("name")).toString();
        const int version = original.value(QLatin1String("version")).toInt(1);
        const int row = m_editor->definitionsModel()->rowOf(name, version);
        QVERIFY(row >= 0);
        m_editor->definitionsView()->setCurrentIndex(m_editor->definitionsModel()->index(row, 0));
        QVERIFY(m_editor->openDefinition(name, version));
        QCOMPARE(canonical(doc->json()), canonical(original));
        QVERIFY2(m_editor->exportFile(out, &error), qPrintable(error));
        QCOMPARE(canonical(readObject(out)), canonical(original));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EmbeddedSource> m_source;
    std::unique_ptr<EditorWidget> m_editor;
};

QTEST_MAIN(TestEditorRoundTrip)
#include "tst_editorroundtrip.moc"

#include "actions/jsonedit.h"
#include "actions/startworkflowdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace joinery;
using namespace joinery::ui;

class TestJsonEdit : public QObject
{
    Q_OBJECT

private slots:
    void reportsWhereTheJsonIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing_colon_line_3")
            << QStringLiteral("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7;
        QTest::newRow("trailing_comma") << QStringLiteral("{\"a\": 1,}") << 1 << 9;
        QTest::newRow("korean_text_counts_characters")
            << QStringLiteral("{\"이름\": \"값\" \"x\"}") << 1 << 12;
        QTest::newRow("array_is_not_an_object") << QStringLiteral("[1, 2]") << 1 << 1;
    }
    void reportsWhereTheJsonIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const JsonEdit::Check c = JsonEdit::check(text);
        QVERIFY(!c.object);
        QCOMPARE(c.line, line);
        QCOMPARE(c.column, column);
        QVERIFY(!c.error.isEmpty());
    }

    void acceptsObjectsAndEmptyText()
    {
        QCOMPARE(JsonEdit::check(QStringLiteral("  ")).object, QJsonObject());
        const JsonEdit::Check c = JsonEdit::check(QStringLiteral("{\"n\": 3}"));
        QVERIFY(c.object);
        QCOMPARE(c.object->value(QLatin1String("n")).toInt(), 3);
        QVERIFY(c.error.isEmpty());
    }

    void editorSignalsValidity()
    {
        JsonEdit edit;
        QSignalSpy validity(&edit, &JsonEdit::validityChanged);
        edit.setText(QStringLiteral("{\"a\": "));
        QVERIFY(!edit.isValid());
        QVERIFY(edit.errorText().startsWith(
            JsonEdit::tr("Line %1, column %2: %3").section(QLatin1Char(' '), 0, 0)));
        edit.setText(QStringLiteral("{\"a\": 1}"));
        QVERIFY(edit.isValid());
        QCOMPARE(validity.size(), 2);
        QCOMPARE(edit.object()->value(QLatin1String("a")).toInt(), 1);
    }

    void startDialogOffersDeclaredInputsAndBlocksBadJson()
    {
        auto def = std::make_shared<WorkflowDef>();
        def->name = QStringLiteral("order-flow");
        def->version = 2;
        def->inputParameters = {QStringLiteral("orderId"), QStringLiteral("amount")};
        auto older = std::make_shared<WorkflowDef>(*def);
        older->version = 1;
        StartWorkflowDialog dialog;
        dialog.setDefinitions({older, def});
        const QJsonObject offered = dialog.inputEdit()->object().value();
        QCOMPARE(
            offered.keys(), (QStringList {QStringLiteral("amount"), QStringLiteral("orderId")}));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.inputEdit()->setText(QStringLiteral("{\"orderId\": }"));
        QVERIFY(!ok->isEnabled());
        dialog.inputEdit()->setText(QStringLiteral("{\"orderId\": \"o-1\"}"));
        QVERIFY(ok->isEnabled());
        auto *version = dialog.findChild<QComboBox *>(QStringLiteral("versionCombo"));
        QCOMPARE(version->count(), 3); // latest, 1, 2
        version->setCurrentIndex(1);
        const StartRequest r = dialog.request();
        QCOMPARE(r.name, QStringLiteral("order-flow"));
        QCOMPARE(r.version, 1);
        QCOMPARE(r.input.value(QLatin1String("orderId")).toString(), QStringLiteral("o-1"));
    }
};

QTEST_MAIN(TestJsonEdit)
#include "tst_jsonedit.moc"

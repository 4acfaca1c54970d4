#include "tasks/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace joinery::ui;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The tree as indented "key = value (type)" lines, depth first.
void dump(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex key = model.index(r, JsonTreeModel::Key, parent);
        out << QString(depth * 2, QLatin1Char(' ')) + key.data().toString() + QStringLiteral(" = ")
                + model.index(r, JsonTreeModel::Value, parent).data().toString()
                + QStringLiteral(" (")
                + model.index(r, JsonTreeModel::Type, parent).data().toString() + QLatin1Char(')');
        dump(model, key, depth + 1, out);
    }
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheTree()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(parse(
            R"({"order": {"id": 7, "items": ["a", {"sku": "x"}], "paid": true}, "note": null})"));
        QStringList lines;
        dump(model, {}, 0, lines);
        QCOMPARE(lines.join(QLatin1Char('\n')),
            QStringLiteral("note = null (null)\n"
                           "order = {3 keys} (object)\n"
                           "  id = 7 (number)\n"
                           "  items = [2 items] (array)\n"
                           "    [0] = a (string)\n"
                           "    [1] = {1 keys} (object)\n"
                           "      sku = x (string)\n"
                           "  paid = true (boolean)"));
        const QModelIndex order = model.index(1, 0);
        const QModelIndex items = model.index(1, 0, order);
        const QModelIndex sku = model.index(0, 0, model.index(1, 0, items));
        QCOMPARE(
            sku.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.order.items[1].sku"));
        QCOMPARE(model.parent(sku).parent(), items);
        QCOMPARE(sku.data(JsonTreeModel::JsonValueRole).value<QJsonValue>(),
            QJsonValue(QStringLiteral("x")));
    }

    void equalSnapshotKeepsTheTree()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(parse(R"({"a": [1, 2, 3]})"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(parse(R"({"a": [1, 2, 3]})"));
        QCOMPARE(reset.size(), 0);
        model.setSnapshot(parse(R"({"a": [1, 2]})"));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    }

    void scalarsAndEmpty()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(QJsonValue(42));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::Value).data().toString(), QStringLiteral("42"));
        model.setSnapshot(QJsonArray {});
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(QJsonValue()); // null is a value
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::Type).data().toString(), JsonTreeModel::tr("null"));
        model.setSnapshot(QJsonValue(QJsonValue::Undefined)); // nothing at all
        QCOMPARE(model.rowCount(), 0);
    }

    void retranslateKeepsRows()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(parse(R"({"a": {"b": 1}})"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2); // the top level and the one nested object
    }
};

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"

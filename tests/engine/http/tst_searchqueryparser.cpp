// Conductor's simple search syntax into a store query, row by row.

#include "http/searchqueryparser.h"

#include <QTest>

using namespace joinery;
using namespace joinery::http;

class TestSearchQueryParser : public QObject
{
    Q_OBJECT

    static QString dump(const store::StoreReader::SearchQuery &q)
    {
        return QStringLiteral("names=%1 statuses=%2 correlation=%3 after=%4 before=%5 sort=%6 %7")
            .arg(q.names.join(QLatin1Char(',')), q.statuses.join(QLatin1Char(',')), q.correlationId)
            .arg(q.startedAfter)
            .arg(q.startedBefore)
            .arg(q.sortField, q.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    }

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty")
            << QString() << QString()
            << QStringLiteral(
                   "names= statuses= correlation= after=0 before=0 sort=create_time DESC");
        QTest::newRow("sdk_example")
            << QStringLiteral("workflowType IN (a,b) AND status IN (RUNNING)") << QString()
            << QStringLiteral("names=a,b statuses=RUNNING correlation= after=0 before=0 "
                              "sort=create_time DESC");
        QTest::newRow("equals_quoted_lowercase_keywords")
            << QStringLiteral("workflowType = \"my flow\" and status in ( failed , TIMED_OUT )")
            << QStringLiteral("updateTime:ASC")
            << QStringLiteral("names=my flow statuses=FAILED,TIMED_OUT correlation= after=0 "
                              "before=0 sort=update_time ASC");
        QTest::newRow("correlation_and_window")
            << QStringLiteral("correlationId='c-1' AND startTime>1000 AND startTime<2000")
            << QStringLiteral("endTime")
            << QStringLiteral(
                   "names= statuses= correlation=c-1 after=1001 before=1999 sort=end_time DESC");
        QTest::newRow("two_conditions_narrow")
            << QStringLiteral("status IN (RUNNING,PAUSED) AND status = PAUSED")
            << QStringLiteral("workflowId:DESC")
            << QStringLiteral(
                   "names= statuses=PAUSED correlation= after=0 before=0 sort=workflow_id DESC");
    }
    void parses()
    {
        QFETCH(QString, query);
        QFETCH(QString, sort);
        QFETCH(QString, expected);
        store::StoreReader::SearchQuery q;
        QString error;
        QVERIFY2(SearchQueryParser::parseQuery(query, &q, &error), qPrintable(error));
        QVERIFY2(SearchQueryParser::parseSort(sort, &q, &error), qPrintable(error));
        QCOMPARE(dump(q), expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("or") << QStringLiteral("status = RUNNING OR status = PAUSED")
                            << QStringLiteral("OR is not supported");
        QTest::newRow("unknown_field")
            << QStringLiteral("owner = me") << QStringLiteral("unsupported field \"owner\"");
        QTest::newRow("unknown_status")
            << QStringLiteral("status IN (SLEEPING)") << QStringLiteral("unknown workflow status");
        QTest::newRow("unclosed_list")
            << QStringLiteral("status IN (RUNNING") << QStringLiteral("expected , or )");
        QTest::newRow("unterminated_quote")
            << QStringLiteral("workflowType = \"abc") << QStringLiteral("unterminated quote");
        QTest::newRow("missing_and") << QStringLiteral("status = RUNNING workflowType = a")
                                     << QStringLiteral("expected AND");
        QTest::newRow("time_not_a_number")
            << QStringLiteral("startTime > yesterday") << QStringLiteral("epoch milliseconds");
        QTest::newRow("two_correlations")
            << QStringLiteral("correlationId IN (a,b)") << QStringLiteral("exactly one value");
    }
    void refuses()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        store::StoreReader::SearchQuery q;
        QString error;
        QVERIFY(!SearchQueryParser::parseQuery(query, &q, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void refusesBadSort()
    {
        store::StoreReader::SearchQuery q;
        QString error;
        QVERIFY(!SearchQueryParser::parseSort(QStringLiteral("colour:ASC"), &q, &error));
        QVERIFY(!SearchQueryParser::parseSort(QStringLiteral("startTime:UP"), &q, &error));
        QVERIFY(
            SearchQueryParser::parseSort(QStringLiteral("startTime:desc;endTime:ASC"), &q, &error));
        QCOMPARE(q.sortField, QStringLiteral("create_time"));
        QVERIFY(!q.ascending);
    }

    void parsesTaskQueries()
    {
        store::StoreReader::TaskSearchQuery q;
        QString error;
        QVERIFY2(SearchQueryParser::parseTaskQuery(
                     QStringLiteral("taskType IN (t_a, t_b) AND status = in_progress AND "
                                    "workflowType = flow AND taskRefName = b1 AND "
                                    "scheduledTime > 100 AND workflowId IN (w1)"),
                     &q, &error),
            qPrintable(error));
        QCOMPARE(q.taskTypes, (QStringList {QStringLiteral("t_a"), QStringLiteral("t_b")}));
        QCOMPARE(q.statuses, QStringList {QStringLiteral("IN_PROGRESS")});
        QCOMPARE(q.workflowNames, QStringList {QStringLiteral("flow")});
        QCOMPARE(q.references, QStringList {QStringLiteral("b1")});
        QCOMPARE(q.workflowIds, QStringList {QStringLiteral("w1")});
        QCOMPARE(q.scheduledAfter, Millis(101));
        QVERIFY2(SearchQueryParser::parseTaskSort(QStringLiteral("updateTime:ASC"), &q, &error),
            qPrintable(error));
        QCOMPARE(q.sortField, QStringLiteral("update_time"));
        QVERIFY(q.ascending);

        // Workflow statuses and fields are not task ones.
        for (const char *bad : {"status = RUNNING", "correlationId = c", "taskType < 3",
                 "taskType LIKE x"}) {
            store::StoreReader::TaskSearchQuery t;
            QVERIFY2(!SearchQueryParser::parseTaskQuery(QString::fromLatin1(bad), &t, &error), bad);
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!SearchQueryParser::parseTaskSort(QStringLiteral("workflowType:ASC"), &q, &error));
    }
};

QTEST_APPLESS_MAIN(TestSearchQueryParser)
#include "tst_searchqueryparser.moc"

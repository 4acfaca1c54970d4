#include "commandline.h"

#include <QTest>

using namespace joinery::app;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void helpAndVersion();
};

static QStringList argv(const char *line)
{
    QStringList args{QStringLiteral("joinery")};
    const QString s = QString::fromUtf8(line);
    if (!s.isEmpty())
        args << s.split(QLatin1Char(' '));
    return args;
}

void TestCommandLine::accepted_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("db");
    QTest::addColumn<int>("workflows");

    QTest::newRow("gui_plain") << argv("") << int(Command::Gui) << QString() << 0;
    QTest::newRow("gui_db_demo_lang") << argv("--db /tmp/x.sqlite --demo --lang ko") << int(Command::Gui)
                                      << QStringLiteral("/tmp/x.sqlite") << 0;
    QTest::newRow("gui_attach") << argv("--attach http://127.0.0.1:8080 --token s") << int(Command::Gui)
                                << QString() << 0;
    QTest::newRow("serve_defaults") << argv("serve") << int(Command::Serve) << QString() << 0;
    QTest::newRow("serve_full") << argv("serve --db a.db --port 9000 --bind 0.0.0.0 --token t --demo-workers")
                                << int(Command::Serve) << QStringLiteral("a.db") << 0;
    QTest::newRow("run_def") << argv("run def.json --input {} --timeout 30") << int(Command::Run) << QString() << 0;
    QTest::newRow("bench_n") << argv("bench --workflows 200 --json") << int(Command::Bench) << QString() << 200;
    QTest::newRow("soak_legacy") << argv("soak --workflows 50 --lock-fail-rate 0.5 --legacy-decide --recover --seed 7")
                                 << int(Command::Soak) << QString() << 50;
}

void TestCommandLine::accepted()
{
    QFETCH(QStringList, args);
    QFETCH(int, command);
    QFETCH(QString, db);
    QFETCH(int, workflows);

    const ParseResult r = parseCommandLine(args);
    QCOMPARE(r.text, QString());
    QCOMPARE(int(r.outcome), int(ParseResult::Outcome::Proceed));
    QCOMPARE(int(r.options.command), command);
    QCOMPARE(r.options.databasePath, db);
    QCOMPARE(r.options.workflows, workflows);
}

void TestCommandLine::rejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("unknown_command") << argv("frobnicate") << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown_option") << argv("--frob") << QStringLiteral("frob");
    QTest::newRow("bad_lang") << argv("--lang fr") << QStringLiteral("--lang expects en or ko");
    QTest::newRow("attach_and_db") << argv("--attach http://x --db y") << QStringLiteral("exclude");
    QTest::newRow("serve_bad_port") << argv("serve --port 70000") << QStringLiteral("--port");
    QTest::newRow("serve_gui_option") << argv("serve --demo") << QStringLiteral("demo");
    QTest::newRow("run_no_file") << argv("run") << QStringLiteral("exactly one");
    QTest::newRow("run_two_files") << argv("run a.json b.json") << QStringLiteral("exactly one");
    QTest::newRow("bench_zero") << argv("bench --workflows 0") << QStringLiteral("--workflows");
    QTest::newRow("bench_text") << argv("bench --workflows many") << QStringLiteral("many");
    QTest::newRow("soak_rate_high") << argv("soak --lock-fail-rate 1.5") << QStringLiteral("probability");
    QTest::newRow("soak_bad_seed") << argv("soak --seed x") << QStringLiteral("--seed");
    QTest::newRow("gui_positional") << argv("--demo extra") << QStringLiteral("unexpected argument 'extra'");
}

void TestCommandLine::rejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reasonContains);

    const ParseResult r = parseCommandLine(args);
    QCOMPARE(int(r.outcome), int(ParseResult::Outcome::Error));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.text.contains(reasonContains), qPrintable(r.text));
    QVERIFY2(!r.text.contains(QLatin1Char('\n')), "errors are one line");
}

void TestCommandLine::helpAndVersion()
{
    const ParseResult help = parseCommandLine(argv("--help"));
    QCOMPARE(int(help.outcome), int(ParseResult::Outcome::ShowText));
    QCOMPARE(help.exitCode, 0);
    for (const char *form : {"joinery serve", "joinery run DEF.json", "joinery bench", "joinery soak", "--attach URL"})
        QVERIFY2(help.text.contains(QString::fromLatin1(form)), form);

    const ParseResult subHelp = parseCommandLine(argv("soak --help"));
    QCOMPARE(int(subHelp.outcome), int(ParseResult::Outcome::ShowText));

    const ParseResult version = parseCommandLine(argv("--version"));
    QCOMPARE(int(version.outcome), int(ParseResult::Outcome::ShowText));
    QVERIFY(version.text.startsWith(QStringLiteral("joinery ")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

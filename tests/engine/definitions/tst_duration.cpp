#include "definitions/duration.h"

#include <QTest>

using namespace joinery;
using namespace Qt::StringLiterals;

// Expected instants are written out as epoch milliseconds (computed independently), so a wrong
// zone or offset sign cannot cancel out between the code and the test.
class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millis");

        QTest::newRow("seconds_short") << u"30s"_s << qint64(30'000);
        QTest::newRow("minutes_short") << u"5m"_s << qint64(300'000);
        QTest::newRow("hours_and_minutes") << u"1h 30m"_s << qint64(5'400'000);
        QTest::newRow("days_and_hours_in_words") << u"2 days 3 hours"_s << qint64((2 * 86400 + 3 * 3600) * 1000LL);
        QTest::newRow("minutes_and_secs_in_words") << u"10 minutes 5 secs"_s << qint64(605'000);
        QTest::newRow("every_unit_short") << u"1d 2h 3m 4s"_s << qint64((86400 + 7200 + 180 + 4) * 1000LL);
        QTest::newRow("singular_units") << u"1 day 1 hour 1 minute 1 second"_s << qint64(90'061'000);
        QTest::newRow("hrs_and_mins") << u"2hrs 15mins"_s << qint64(8'100'000);
        QTest::newRow("no_space_between_units") << u"1h30m"_s << qint64(5'400'000);
        QTest::newRow("upper_case_units") << u"5M 2S"_s << qint64(302'000);
        QTest::newRow("surrounding_blanks") << u"  45s  "_s << qint64(45'000);
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("bare_number_is_seconds") << u"90"_s << qint64(90'000);
        QTest::newRow("bare_number_with_blanks") << u" 7 "_s << qint64(7'000);
        QTest::newRow("large_days") << u"36500 days"_s << qint64(36500LL * 86400 * 1000);
    }

    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millis);
        const std::optional<qint64> parsed = parseDuration(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, millis);
    }

    void refusesNonDurations_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("units_out_of_order") << u"30m 1h"_s;
        QTest::newRow("unit_repeated") << u"1h 2h"_s;
        QTest::newRow("unknown_unit") << u"5 weeks"_s;
        QTest::newRow("milliseconds_unit") << u"500ms"_s;
        QTest::newRow("fraction") << u"1.5h"_s;
        QTest::newRow("negative") << u"-5s"_s;
        QTest::newRow("negative_bare_number") << u"-5"_s;
        QTest::newRow("unit_without_number") << u"h"_s;
        QTest::newRow("words") << u"soon"_s;
        QTest::newRow("iso8601") << u"PT5M"_s;
        QTest::newRow("overflow") << u"99999999999999999999d"_s;
        QTest::newRow("overflow_after_multiplying") << u"999999999999999 days"_s;
    }

    void refusesNonDurations()
    {
        QFETCH(QString, text);
        const std::optional<qint64> parsed = parseDuration(text);
        QVERIFY2(!parsed.has_value(), qPrintable(u"parsed as "_s + QString::number(parsed.value_or(0))));
    }

    void parsesUntil_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMillis");

        QTest::newRow("date_and_time_is_utc") << u"2024-03-01 10:30"_s << qint64(1709289000000);
        QTest::newRow("date_only_is_midnight_utc") << u"2024-03-01"_s << qint64(1709251200000);
        QTest::newRow("leap_day") << u"2024-02-29 23:59"_s << qint64(1709251140000);
        QTest::newRow("single_digit_fields") << u"2024-3-1 10:30"_s << qint64(1709289000000);
        QTest::newRow("zone_utc") << u"2024-03-01 10:30 UTC"_s << qint64(1709289000000);
        QTest::newRow("zone_gmt") << u"2024-03-01 10:30 GMT"_s << qint64(1709289000000);
        QTest::newRow("zone_gmt_plus_9") << u"2024-03-01 10:30 GMT+9"_s << qint64(1709256600000);
        QTest::newRow("zone_offset_with_colon") << u"2024-03-01 10:30 +09:00"_s << qint64(1709256600000);
        QTest::newRow("zone_negative_compact_offset") << u"2024-03-01 10:30 -0530"_s << qint64(1709308800000);
        QTest::newRow("zone_iana_id") << u"2024-03-01 10:30 Asia/Seoul"_s << qint64(1709256600000);
    }

    void parsesUntil()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMillis);
        const std::optional<qint64> parsed = parseUntil(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, epochMillis);
    }

    void refusesNonDates_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"tomorrow"_s;
        QTest::newRow("month_13") << u"2024-13-01"_s;
        QTest::newRow("february_30") << u"2024-02-30"_s;
        QTest::newRow("hour_25") << u"2024-03-01 25:00"_s;
        QTest::newRow("minute_60") << u"2024-03-01 10:60"_s;
        QTest::newRow("seconds_are_not_a_pattern") << u"2024-03-01 10:30:15"_s;
        QTest::newRow("iso_t_separator") << u"2024-03-01T10:30"_s;
        QTest::newRow("time_without_date") << u"10:30"_s;
        QTest::newRow("zone_without_time") << u"2024-03-01 UTC"_s;
        QTest::newRow("unknown_zone") << u"2024-03-01 10:30 Mars/Olympus"_s;
        QTest::newRow("offset_too_large") << u"2024-03-01 10:30 +25:00"_s;
        QTest::newRow("two_digit_year") << u"24-03-01"_s;
    }

    void refusesNonDates()
    {
        QFETCH(QString, text);
        const std::optional<qint64> parsed = parseUntil(text);
        QVERIFY2(!parsed.has_value(), qPrintable(u"parsed as "_s + QString::number(parsed.value_or(0))));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace joinery::ui {

// A line diff (longest common subsequence), enough to show what saving a definition changes
// against the stored version. O(n·m) in lines: definitions are a few thousand lines at most.
// QtCore only.
class LineDiff
{
public:
    struct Line
    {
        enum class Op { Same, Removed, Added };
        Op op = Op::Same;
        QString text;
    };

    static QList<Line> diff(const QStringList &before, const QStringList &after);
    // Unified-style text: "  " same, "- " removed, "+ " added, one line each.
    static QString toText(const QList<Line> &lines);
    static int changedLines(const QList<Line> &lines);
};

} // namespace joinery::ui

#include "editor/core/linediff.h"

#include <vector>

namespace joinery::ui {

QList<LineDiff::Line> LineDiff::diff(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size(), m = after.size();
    // lcs[i][j]: length of the LCS of before[i..] and after[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = before.at(i) == after.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<Line> out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            out.append({Line::Op::Same, before.at(i)});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append({Line::Op::Added, after.at(j)});
            ++j;
        } else {
            out.append({Line::Op::Removed, before.at(i)});
            ++i;
        }
    }
    return out;
}

QString LineDiff::toText(const QList<Line> &lines)
{
    QString text;
    for (const Line &line : lines) {
        text += line.op == Line::Op::Same ? QLatin1String("  ") : line.op == Line::Op::Added ? QLatin1String("+ ") : QLatin1String("- ");
        text += line.text;
        text += QLatin1Char('\n');
    }
    return text;
}

int LineDiff::changedLines(const QList<Line> &lines)
{
    int changed = 0;
    for (const Line &line : lines)
        changed += line.op == Line::Op::Same ? 0 : 1;
    return changed;
}

} // namespace joinery::ui

#include "editor/definitiondiffdialog.h"

#include "editor/core/linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace joinery::ui {

DefinitionDiffDialog::DefinitionDiffDialog(const QString &before, const QString &after, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("definitionDiffDialog"));
    setWindowTitle(tr("Changes to Save"));
    const QList<LineDiff::Line> lines = LineDiff::diff(
        before.isEmpty() ? QStringList() : before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n')));
    m_changed = LineDiff::changedLines(lines);

    auto *label = new QLabel(summary + QLatin1Char(' ') + tr("%n line(s) differ.", nullptr, m_changed), this);
    label->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(LineDiff::toText(lines));
    // Colour whole lines by their mark.
    QTextCursor cursor(m_view->document());
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.startsWith(QLatin1String("+ ")) || text.startsWith(QLatin1String("- "))) {
            QTextBlockFormat format;
            format.setBackground(text.startsWith(QLatin1Char('+')) ? QColor(0xe6, 0xf4, 0xea) : QColor(0xfc, 0xe8, 0xe6));
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

DefinitionDiffDialog::~DefinitionDiffDialog() = default;

QString DefinitionDiffDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace joinery::ui

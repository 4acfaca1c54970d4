#include "editor/expressionedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace joinery::ui {

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setLineWrapMode(NoWrap);
    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ExpressionEdit::insertCompletion);
}

ExpressionEdit::~ExpressionEdit() = default;

void ExpressionEdit::setCompletions(const QStringList &expressions)
{
    if (m_model->stringList() != expressions)
        m_model->setStringList(expressions);
}

QString ExpressionEdit::partialExpression() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype start = before.lastIndexOf(QLatin1String("${"));
    if (start < 0)
        return QString();
    const QString partial = before.mid(start);
    if (partial.contains(QLatin1Char('}')) || partial.contains(QLatin1Char('"')))
        return QString();
    return partial;
}

void ExpressionEdit::insertCompletion(const QString &expression)
{
    const QString partial = partialExpression();
    if (partial.isNull())
        return;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(partial.size()));
    cursor.insertText(expression);
    setTextCursor(cursor);
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString partial = partialExpression();
    if (partial.isNull() || event->text().isEmpty()) {
        if (partial.isNull())
            m_completer->popup()->hide();
        return;
    }
    if (partial != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(partial);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

} // namespace joinery::ui

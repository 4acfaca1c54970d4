#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace joinery::ui {

// A plain-text editor for JSON and scripts that completes Conductor expressions: typing "${"
// opens a list of what the task may refer to ("${workflow.input.orderId}", "${fetch.output}"…),
// filtered as the user types; choosing one replaces the partial expression. GUI thread only.
class ExpressionEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpressionEdit)

public:
    explicit ExpressionEdit(QWidget *parent = nullptr);
    ~ExpressionEdit() override;

    void setCompletions(const QStringList &expressions);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The unfinished "${…" just before the cursor, or a null string.
    QString partialExpression() const;
    void insertCompletion(const QString &expression);

    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace joinery::ui

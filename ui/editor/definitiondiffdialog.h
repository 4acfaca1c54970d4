#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace joinery::ui {

// Shows what saving will change: the stored version's JSON against the one about to be saved,
// as a line diff (removed lines red, added green), and asks to go ahead. GUI thread only.
class DefinitionDiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionDiffDialog)

public:
    // `before` empty: nothing stored yet (every line is new).
    DefinitionDiffDialog(const QString &before, const QString &after, const QString &summary, QWidget *parent = nullptr);
    ~DefinitionDiffDialog() override;

    int changedLines() const { return m_changed; }
    QString diffText() const;

private:
    QPlainTextEdit *m_view;
    int m_changed = 0;
};

} // namespace joinery::ui

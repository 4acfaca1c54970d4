#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace joinery::ui {

// Shows, before a re-decide is applied, what the decide of each workflow would schedule or
// update (the source's dry run, DESIGN.md invariant 6). The owner feeds previews in as they
// arrive; "Re-decide" is enabled once every workflow has its answer (or at once when the
// source cannot preview). Accepting means "apply". GUI thread only.
class DecidePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecidePreviewDialog)

public:
    // `names`: workflowId -> workflow name, for the headings.
    DecidePreviewDialog(const QStringList &workflowIds, const QHash<QString, QString> &names,
                        bool previewAvailable, QWidget *parent = nullptr);

    QStringList workflowIds() const { return m_ids; }
    void setPreview(const QString &workflowId, const QStringList &lines, const QString &error);
    bool complete() const { return m_answered.size() == m_ids.size() || !m_previewAvailable; }
    // The lines shown for a workflow (tests read them).
    QStringList shownLines(const QString &workflowId) const;

private:
    void updateState();

    QStringList m_ids;
    bool m_previewAvailable;
    int m_rowHeight = 0;
    QStringList m_answered;
    QHash<QString, QTreeWidgetItem *> m_items;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace joinery::ui

#pragma once

#include "editor/core/taskpaths.h"

#include <QList>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace joinery::ui {

class EditorDocument;

// The properties of the selected node, or of the workflow when none is: name, reference (checked
// for uniqueness while typing), description, optional, inputParameters as JSON with completion of
// the workflow's input and of the outputs of preceding tasks, and the fields of the task's type
// (joinOn picker, switch cases and expression, loop condition, dynamic-fork parameters, HTTP
// request, script, sub-workflow, wait, terminate). Every change is an edit of the document
// (undoable); a line commits when it is finished (Return or focus out), JSON and scripts as soon
// as they are valid, so typing a long expression is one undo step per field.
//
// The form is rebuilt when the node or its type changes; otherwise the document's changes only
// refresh the values, so an undo never takes the focus away. GUI thread only.
class PropertiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPanel)

public:
    PropertiesPanel(EditorDocument *document, QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    // "" (or a synthetic id without a task) shows the workflow's own properties.
    void showNode(const QString &id);
    QString taskRef() const { return m_ref; }

signals:
    // The reference of the shown task was renamed (the selection should follow).
    void referenceRenamed(const QString &from, const QString &to);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Text, MultiText, Int, Bool, Choice, Json, CommaList, JoinOn, Cases, Reference, Info };
    struct Field
    {
        Kind kind;
        JsonPath path; // relative to the task (or the workflow)
        QWidget *editor = nullptr;
        QLabel *note = nullptr; // error or hint under the editor
    };

    void rebuild();
    void refresh();
    void addField(Kind kind, const JsonPath &path, const QString &label, const QStringList &choices = {});
    void commit(const Field &field);
    QJsonValue currentValue(const JsonPath &path) const;
    QJsonObject target() const; // the task (or workflow) object being shown
    QStringList completions() const;
    void checkReference(const Field &field, const QString &text);

    EditorDocument *m_document;
    QFormLayout *m_form;
    QLabel *m_title;
    QString m_ref;  // "" for the workflow
    QString m_type; // the task type the form was built for
    QList<Field> m_fields;
    bool m_refreshing = false;
};

} // namespace joinery::ui

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace joinery::ui {

class EditorDocument;

// The definition as JSON text, kept in step with the document both ways: an edit on the graph
// or in the properties rewrites the text; typing updates the document (one undo step per run of
// typing) as soon as the text parses as a JSON object. While it does not, the label says where
// (line and column) and the document, and so the graph, keep their last state. A JSON object
// that the engine's reader refuses is applied but reported, and the graph keeps the last
// definition that read. GUI thread only.
class JsonSourceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonSourceView)

public:
    explicit JsonSourceView(EditorDocument *document, QWidget *parent = nullptr);
    ~JsonSourceView() override;

    QPlainTextEdit *editor() const { return m_edit; }
    QString statusText() const;
    bool textParses() const { return m_parses; }

    // Undo merge id of typing in this view.
    static constexpr int kMergeId = 1;

private:
    void documentChanged();
    void textChanged();
    void showStatus();

    EditorDocument *m_document;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QString m_parseError;
    bool m_parses = true;
    bool m_applying = false;
};

} // namespace joinery::ui

#include "editor/jsonsourceview.h"

#include "actions/jsonedit.h"
#include "editor/editordocument.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace joinery::ui {

JsonSourceView::JsonSourceView(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("jsonSourceView"));
    m_edit->setObjectName(QStringLiteral("jsonSourceEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(QStringLiteral("jsonSourceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    connect(m_document, &EditorDocument::changed, this, &JsonSourceView::documentChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonSourceView::textChanged);
    documentChanged();
}

JsonSourceView::~JsonSourceView() = default;

QString JsonSourceView::statusText() const
{
    return m_status->text();
}

void JsonSourceView::documentChanged()
{
    if (m_applying) {
        showStatus();
        return;
    }
    // Only rewrite when the text says something else: rewriting what the user typed would move
    // the cursor under their fingers.
    const JsonEdit::Check typed = JsonEdit::check(m_edit->toPlainText());
    if (!typed.object || *typed.object != m_document->json() || m_edit->toPlainText().isEmpty()) {
        const int scroll = m_edit->verticalScrollBar()->value();
        m_applying = true;
        m_edit->setPlainText(QString::fromUtf8(QJsonDocument(m_document->json()).toJson(QJsonDocument::Indented)));
        m_applying = false;
        m_edit->verticalScrollBar()->setValue(scroll);
    }
    m_parses = true;
    m_parseError.clear();
    showStatus();
}

void JsonSourceView::textChanged()
{
    if (m_applying)
        return;
    const JsonEdit::Check typed = JsonEdit::check(m_edit->toPlainText());
    m_parses = typed.object.has_value();
    m_parseError = typed.error;
    if (m_parses) {
        m_applying = true;
        m_document->apply(*typed.object, tr("Edit JSON"), kMergeId);
        m_applying = false;
    }
    showStatus();
}

void JsonSourceView::showStatus()
{
    QString text;
    bool bad = true;
    if (!m_parses)
        text = tr("Not applied: %1. The graph shows the last valid definition.").arg(m_parseError);
    else if (!m_document->reads())
        text = tr("Not a workflow definition: %1. The graph shows the last valid definition.").arg(m_document->readError().toString());
    else {
        text = tr("In sync with the graph.");
        bad = false;
    }
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
}

} // namespace joinery::ui

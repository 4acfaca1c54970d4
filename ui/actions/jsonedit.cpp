#include "actions/jsonedit.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace joinery::ui {

JsonEdit::JsonEdit(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("jsonText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jsonStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonEdit::revalidate);
    revalidate();
}

JsonEdit::~JsonEdit() = default;

JsonEdit::Check JsonEdit::check(const QString &text)
{
    Check result;
    if (text.trimmed().isEmpty()) {
        result.object = QJsonObject();
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes and lies just past the character the parser choked on;
        // report that character's line and column, as the editor shows them.
        const QByteArray before = utf8.left(std::max(0, error.offset - 1));
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        result.line = int(before.count('\n')) + 1;
        result.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        result.error = tr("Line %1, column %2: %3")
                           .arg(result.line)
                           .arg(result.column)
                           .arg(error.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.line = 1;
        result.column = 1;
        result.error = tr("The input must be a JSON object ({ … }).");
        return result;
    }
    result.object = doc.object();
    return result;
}

void JsonEdit::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->document()->setModified(false);
}

void JsonEdit::setObject(const QJsonObject &object)
{
    setText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

QString JsonEdit::text() const
{
    return m_edit->toPlainText();
}

std::optional<QJsonObject> JsonEdit::object() const
{
    return check(text()).object;
}

bool JsonEdit::isValid() const
{
    return m_valid;
}

bool JsonEdit::isModified() const
{
    return m_edit->document()->isModified();
}

QString JsonEdit::errorText() const
{
    return m_valid ? QString() : m_status->text();
}

void JsonEdit::revalidate()
{
    const Check c = check(text());
    const bool valid = c.object.has_value();
    if (valid) {
        m_status->setText(tr("Valid JSON"));
        m_status->setStyleSheet(QStringLiteral("color: #2e8b3e;"));
    } else {
        m_status->setText(c.error);
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void JsonEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        revalidate();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui

#pragma once

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace joinery::ui {

// A JSON object editor: a monospace text field that checks what is typed and says where it is
// wrong ("Line 3, column 12: missing value separator"), so a dialog can refuse bad input before
// it reaches the engine. GUI thread only.
class JsonEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEdit)

public:
    explicit JsonEdit(QWidget *parent = nullptr);
    ~JsonEdit() override;

    struct Check
    {
        std::optional<QJsonObject> object; // set when the text is a JSON object
        int line = 0, column = 0; // 1-based position of the error
        QString error; // translated; empty when valid
    };
    // Parses `text` as a JSON object; an empty text is the empty object.
    static Check check(const QString &text);

    void setText(const QString &text);
    void setObject(const QJsonObject &object);
    QString text() const;
    std::optional<QJsonObject> object() const;
    bool isValid() const;
    bool isModified() const;
    QString errorText() const;

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    bool m_valid = true;
};

} // namespace joinery::ui

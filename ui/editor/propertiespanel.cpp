#include "editor/propertiespanel.h"

#include "editor/editordocument.h"
#include "editor/expressionedit.h"
#include "editor/core/workflowedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace joinery::ui {

namespace {

QString l1(const char *text)
{
    return QString::fromLatin1(text);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    return value.isUndefined() || value.isNull() ? QString() : value.toString();
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

// Undo merge ids for typing in one field; EditCommand merges consecutive edits with one id.
int mergeIdFor(const QString &ref, const JsonPath &path)
{
    QString key = ref;
    for (const QVariant &k : path)
        key += QLatin1Char('/') + k.toString();
    return int(qHash(key) & 0x3fffffff) + 1;
}

} // namespace

PropertiesPanel::PropertiesPanel(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("propertiesPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("propertiesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    outer->addWidget(m_title);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    m_form = new QFormLayout;
    bodyLayout->addLayout(m_form);
    bodyLayout->addStretch(1);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    connect(m_document, &EditorDocument::changed, this, [this] {
        const QJsonObject task = target();
        if (!m_ref.isEmpty() && task.isEmpty())
            showNode(QString()); // the task is gone (deleted, undone)
        else if (TaskPaths::typeOf(task) != m_type && !m_ref.isEmpty())
            rebuild();
        else
            refresh();
    });
    rebuild();
}

PropertiesPanel::~PropertiesPanel() = default;

void PropertiesPanel::showNode(const QString &id)
{
    QString ref = id.startsWith(QLatin1Char('#')) ? QString() : id.section(QLatin1Char('#'), 0, 0);
    if (!ref.isEmpty() && !TaskPaths::find(m_document->json(), ref))
        ref.clear();
    if (ref == m_ref && !m_fields.isEmpty())
        return;
    m_ref = ref;
    rebuild();
}

QJsonObject PropertiesPanel::target() const
{
    if (m_ref.isEmpty())
        return m_document->json();
    const std::optional<TaskSlot> slot = TaskPaths::find(m_document->json(), m_ref);
    return slot ? TaskPaths::valueAt(m_document->json(), slot->path()).toObject() : QJsonObject();
}

QJsonValue PropertiesPanel::currentValue(const JsonPath &path) const
{
    return TaskPaths::valueAt(target(), path);
}

QStringList PropertiesPanel::completions() const
{
    QStringList out {l1("${workflow.input}")};
    for (const QJsonValue &p : m_document->json().value(QLatin1String("inputParameters")).toArray())
        out << QStringLiteral("${workflow.input.%1}").arg(p.toString());
    const QStringList refs = m_ref.isEmpty() ? TaskPaths::allRefs(m_document->json())
                                             : TaskPaths::precedingRefs(m_document->json(), m_ref);
    for (const QString &ref : refs)
        out << QStringLiteral("${%1.output}").arg(ref);
    out << l1("${workflow.variables}") << l1("${workflow.workflowId}") << l1("${workflow.correlationId}");
    return out;
}

void PropertiesPanel::rebuild()
{
    m_fields.clear();
    // Rebuilding can happen inside a handler of one of these editors (a rename commits from the
    // reference line's editingFinished), so they are deleted later, not now.
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->deleteLater();
            }
            delete item;
        }
    }
    const QJsonObject task = target();
    m_type = m_ref.isEmpty() ? QString() : TaskPaths::typeOf(task);
    if (m_ref.isEmpty()) {
        m_title->setText(tr("Workflow"));
        addField(Kind::Text, {l1("name")}, tr("Name"));
        addField(Kind::Int, {l1("version")}, tr("Version"));
        addField(Kind::Text, {l1("description")}, tr("Description"));
        addField(Kind::CommaList, {l1("inputParameters")}, tr("Input parameters"));
        addField(Kind::Json, {l1("outputParameters")}, tr("Output parameters"));
        addField(Kind::Int, {l1("timeoutSeconds")}, tr("Timeout (seconds)"));
        addField(Kind::Text, {l1("ownerEmail")}, tr("Owner email"));
        refresh();
        return;
    }
    m_title->setText(tr("Task: %1").arg(m_type));
    addField(Kind::Text, {l1("name")}, tr("Name"));
    addField(Kind::Reference, {l1("taskReferenceName")}, tr("Reference"));
    addField(Kind::Text, {l1("description")}, tr("Description"));
    if (m_type != QLatin1String("JOIN"))
        addField(Kind::Bool, {l1("optional")}, tr("Optional"));
    const JsonPath input {l1("inputParameters")};
    if (m_type == QLatin1String("JOIN")) {
        addField(Kind::JoinOn, {l1("joinOn")}, tr("Join on"));
    } else if (m_type == QLatin1String("FORK_JOIN")) {
        addField(Kind::Info, {l1("forkTasks")}, tr("Branches"));
    } else if (m_type == QLatin1String("SWITCH") || m_type == QLatin1String("DECISION")) {
        addField(Kind::Choice, {l1("evaluatorType")}, tr("Evaluator"), {l1("value-param"), l1("javascript"), l1("graaljs")});
        addField(Kind::MultiText, {l1("expression")}, tr("Expression"));
        addField(Kind::Cases, {l1("decisionCases")}, tr("Cases"));
    } else if (m_type == QLatin1String("DO_WHILE")) {
        addField(Kind::MultiText, {l1("loopCondition")}, tr("Loop condition"));
    } else if (m_type == QLatin1String("FORK_JOIN_DYNAMIC")) {
        addField(Kind::Text, {l1("dynamicForkTasksParam")}, tr("Dynamic tasks parameter"));
        addField(Kind::Text, {l1("dynamicForkTasksInputParamName")}, tr("Dynamic tasks input parameter"));
    } else if (m_type == QLatin1String("HTTP")) {
        addField(Kind::Choice, input + JsonPath {l1("http_request"), l1("method")}, tr("Method"),
            {l1("GET"), l1("POST"), l1("PUT"), l1("PATCH"), l1("DELETE"), l1("HEAD")});
        addField(Kind::Text, input + JsonPath {l1("http_request"), l1("uri")}, tr("URI"));
    } else if (m_type == QLatin1String("INLINE")) {
        addField(Kind::Choice, input + JsonPath {l1("evaluatorType")}, tr("Evaluator"), {l1("javascript"), l1("graaljs")});
        addField(Kind::MultiText, input + JsonPath {l1("expression")}, tr("Script"));
    } else if (m_type == QLatin1String("JSON_JQ_TRANSFORM")) {
        addField(Kind::MultiText, input + JsonPath {l1("queryExpression")}, tr("jq query"));
    } else if (m_type == QLatin1String("SUB_WORKFLOW")) {
        addField(Kind::Text, {l1("subWorkflowParam"), l1("name")}, tr("Workflow name"));
        addField(Kind::Int, {l1("subWorkflowParam"), l1("version")}, tr("Workflow version"));
    } else if (m_type == QLatin1String("WAIT")) {
        addField(Kind::Text, input + JsonPath {l1("duration")}, tr("Duration"));
        addField(Kind::Text, input + JsonPath {l1("until")}, tr("Until"));
    } else if (m_type == QLatin1String("TERMINATE")) {
        addField(Kind::Choice, input + JsonPath {l1("terminationStatus")}, tr("Termination status"),
            {l1("COMPLETED"), l1("FAILED"), l1("TERMINATED")});
        addField(Kind::Text, input + JsonPath {l1("terminationReason")}, tr("Reason"));
    }
    if (m_type != QLatin1String("JOIN"))
        addField(Kind::Json, input, tr("Input parameters"));
    refresh();
}

void PropertiesPanel::addField(Kind kind, const JsonPath &path, const QString &label, const QStringList &choices)
{
    Field field {kind, path};
    QString name = QStringLiteral("prop");
    for (const QVariant &k : path)
        name += QLatin1Char('_') + k.toString();
    switch (kind) {
    case Kind::Text:
    case Kind::CommaList:
    case Kind::Cases:
    case Kind::Reference: {
        auto *edit = new QLineEdit(this);
        field.editor = edit;
        if (kind == Kind::Reference) {
            connect(edit, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
                for (const Field &f : std::as_const(m_fields))
                    if (f.editor == edit)
                        checkReference(f, text);
            });
        }
        if (kind == Kind::CommaList || kind == Kind::Cases)
            edit->setPlaceholderText(tr("comma-separated"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == edit)
                    commit(f);
        });
        break;
    }
    case Kind::MultiText:
    case Kind::Json: {
        auto *edit = new ExpressionEdit(this);
        edit->setMinimumHeight(kind == Kind::Json ? 140 : 70);
        field.editor = edit;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (m_refreshing)
                return;
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == edit)
                    commit(f);
        });
        break;
    }
    case Kind::Int: {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 1000000);
        field.editor = spin;
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
            if (m_refreshing)
                return;
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == spin)
                    commit(f);
        });
        break;
    }
    case Kind::Bool: {
        auto *box = new QCheckBox(this);
        field.editor = box;
        connect(box, &QCheckBox::toggled, this, [this, box] {
            if (m_refreshing)
                return;
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == box)
                    commit(f);
        });
        break;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(choices);
        field.editor = combo;
        connect(combo, &QComboBox::activated, this, [this, combo] {
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == combo)
                    commit(f);
        });
        break;
    }
    case Kind::JoinOn: {
        auto *list = new QListWidget(this);
        list->setMinimumHeight(100);
        field.editor = list;
        connect(list, &QListWidget::itemChanged, this, [this, list] {
            if (m_refreshing)
                return;
            for (const Field &f : std::as_const(m_fields))
                if (f.editor == list)
                    commit(f);
        });
        break;
    }
    case Kind::Info:
        field.editor = new QLabel(this);
        break;
    }
    field.editor->setObjectName(name);
    field.note = new QLabel(this);
    field.note->setObjectName(name + QStringLiteral("_note"));
    field.note->setStyleSheet(QStringLiteral("color: #c62828;"));
    field.note->setWordWrap(true);
    field.note->hide();
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field.editor);
    cellLayout->addWidget(field.note);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field.editor);
    m_form->addRow(labelWidget, cell);
    // Children added to a shown widget appear only later (a queued show); show them now so that
    // the form is complete as soon as the selection changes.
    labelWidget->show();
    cell->show();
    m_fields.append(field);
}

void PropertiesPanel::refresh()
{
    m_refreshing = true;
    const QJsonObject task = target();
    const QStringList expressions = completions();
    for (const Field &f : std::as_const(m_fields)) {
        const QJsonValue value = TaskPaths::valueAt(task, f.path);
        const QSignalBlocker block(f.editor);
        switch (f.kind) {
        case Kind::Text:
        case Kind::Reference:
        case Kind::CommaList:
        case Kind::Cases: {
            auto *edit = static_cast<QLineEdit *>(f.editor);
            QString text;
            if (f.kind == Kind::CommaList)
                text = toStrings(value).join(QLatin1String(", "));
            else if (f.kind == Kind::Cases)
                text = value.toObject().keys().join(QLatin1String(", "));
            else
                text = value.toString();
            if (edit->text() != text)
                edit->setText(text);
            if (f.kind == Kind::Reference)
                checkReference(f, text);
            break;
        }
        case Kind::MultiText:
        case Kind::Json: {
            auto *edit = static_cast<ExpressionEdit *>(f.editor);
            edit->setCompletions(expressions);
            if (f.kind == Kind::Json) {
                const QJsonDocument typed = QJsonDocument::fromJson(edit->toPlainText().toUtf8());
                const QJsonObject now = value.toObject();
                if (!typed.isObject() || typed.object() != now || edit->toPlainText().isEmpty())
                    edit->setPlainText(jsonText(now));
                f.note->hide();
            } else if (edit->toPlainText() != value.toString()) {
                edit->setPlainText(value.toString());
            }
            break;
        }
        case Kind::Int:
            static_cast<QSpinBox *>(f.editor)->setValue(value.toInt());
            break;
        case Kind::Bool:
            static_cast<QCheckBox *>(f.editor)->setChecked(value.toBool());
            break;
        case Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(f.editor);
            if (combo->findText(value.toString()) < 0 && !value.toString().isEmpty())
                combo->addItem(value.toString());
            combo->setCurrentIndex(combo->findText(value.toString()));
            break;
        }
        case Kind::JoinOn: {
            // Candidates: every reference inside the fork this JOIN closes.
            auto *list = static_cast<QListWidget *>(f.editor);
            QStringList candidates;
            if (const std::optional<TaskSlot> slot = TaskPaths::find(m_document->json(), m_ref); slot && slot->index > 0) {
                const QJsonObject fork = TaskPaths::valueAt(m_document->json(), slot->list + JsonPath {slot->index - 1}).toObject();
                candidates = TaskPaths::refsUnder(fork).mid(1);
            }
            const QStringList chosen = toStrings(value);
            for (const QString &ref : chosen)
                if (!candidates.contains(ref))
                    candidates << ref;
            list->clear();
            for (const QString &ref : std::as_const(candidates)) {
                auto *item = new QListWidgetItem(ref, list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(chosen.contains(ref) ? Qt::Checked : Qt::Unchecked);
            }
            break;
        }
        case Kind::Info:
            static_cast<QLabel *>(f.editor)->setText(QString::number(value.toArray().size()));
            break;
        }
    }
    m_refreshing = false;
}

void PropertiesPanel::checkReference(const Field &field, const QString &text)
{
    QString problem;
    if (text.isEmpty())
        problem = tr("A reference name is required.");
    else if (text != m_ref && TaskPaths::allRefs(m_document->json()).contains(text))
        problem = tr("\"%1\" is already used by another task.").arg(text);
    field.note->setText(problem);
    field.note->setVisible(!problem.isEmpty());
}

void PropertiesPanel::commit(const Field &field)
{
    if (m_refreshing)
        return;
    QJsonValue value(QJsonValue::Undefined);
    switch (field.kind) {
    case Kind::Text: {
        const QString text = static_cast<QLineEdit *>(field.editor)->text();
        // An emptied optional field goes away rather than staying as "".
        if (!text.isEmpty() || currentValue(field.path).isString())
            value = text.isEmpty() && field.path.size() > 1 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
        break;
    }
    case Kind::Reference: {
        const QString text = static_cast<QLineEdit *>(field.editor)->text().trimmed();
        checkReference(field, text);
        if (text.isEmpty() || text == m_ref || field.note->isVisible())
            return;
        const QString from = m_ref;
        const EditResult result = WorkflowEdits::renameRef(m_document->json(), from, text);
        if (!result.ok)
            return;
        m_ref = text;
        m_document->apply(result, tr("Rename %1 to %2").arg(from, text), {from});
        emit referenceRenamed(from, text);
        return;
    }
    case Kind::CommaList:
        value = QJsonArray::fromStringList(splitList(static_cast<QLineEdit *>(field.editor)->text()));
        break;
    case Kind::Cases: {
        const EditResult result = WorkflowEdits::setCases(m_document->json(), m_ref,
            splitList(static_cast<QLineEdit *>(field.editor)->text()));
        m_document->apply(result, tr("Change the cases of %1").arg(m_ref), {m_ref});
        return;
    }
    case Kind::MultiText:
        value = static_cast<ExpressionEdit *>(field.editor)->toPlainText();
        break;
    case Kind::Json: {
        const QString text = static_cast<ExpressionEdit *>(field.editor)->toPlainText();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!text.trimmed().isEmpty() && (error.error != QJsonParseError::NoError || !doc.isObject())) {
            field.note->setText(error.error != QJsonParseError::NoError
                    ? tr("Not valid JSON (at character %1): %2").arg(error.offset).arg(error.errorString())
                    : tr("Expected a JSON object."));
            field.note->show();
            return;
        }
        field.note->hide();
        value = doc.object();
        if (doc.object().isEmpty() && currentValue(field.path).isUndefined())
            return;
        break;
    }
    case Kind::Int:
        value = static_cast<QSpinBox *>(field.editor)->value();
        break;
    case Kind::Bool:
        value = static_cast<QCheckBox *>(field.editor)->isChecked();
        break;
    case Kind::Choice:
        value = static_cast<QComboBox *>(field.editor)->currentText();
        break;
    case Kind::JoinOn: {
        QStringList chosen;
        auto *list = static_cast<QListWidget *>(field.editor);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->text();
        value = QJsonArray::fromStringList(chosen);
        break;
    }
    case Kind::Info:
        return;
    }
    if (value == currentValue(field.path))
        return;
    const QString label = m_form->labelForField(field.editor->parentWidget())
        ? static_cast<QLabel *>(m_form->labelForField(field.editor->parentWidget()))->text()
        : QString();
    const EditResult result = m_ref.isEmpty()
        ? WorkflowEdits::setWorkflowField(m_document->json(), field.path.first().toString(), value)
        : WorkflowEdits::setTaskField(m_document->json(), m_ref, field.path, value);
    if (!result.ok)
        return;
    const QStringList selection = m_ref.isEmpty() ? QStringList() : QStringList {m_ref};
    m_document->apply(result.json, tr("Change %1").arg(label),
        (field.kind == Kind::Text || field.kind == Kind::Reference) ? -1 : mergeIdFor(m_ref, field.path), selection, selection);
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace joinery::ui

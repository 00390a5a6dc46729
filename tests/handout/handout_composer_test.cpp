// SPDX-License-Identifier: GPL-3.0-or-later
// The composer dialog driven like a clinician would: presets, the basket of topics, language,
// large print, the live preview, keyboard and screen-reader access, and exporting.
#include "handout/handout_document_builder.h"
#include "handout/handout_presets.h"
#include "handout_test_support.h"
#include "handout_ui/handout_composer_dialog.h"
#include "handout_ui/handout_topic_tree.h"
#include "language/language_manager.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace cg {
namespace {

using test::HandoutTest;

// Marks every interface string, to see that the dialog re-sets its texts on a language change.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (QLatin1String(context) != QLatin1String("cg::HandoutComposerDialog")) {
            return {};
        }
        return QStringLiteral("[x] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

class HandoutComposerTest : public HandoutTest {
protected:
    void SetUp() override {
        m_languages = std::make_unique<LanguageManager>(repository().locales());
        m_languages->setLanguage(kSourceLocale);
        m_dialog = std::make_unique<HandoutComposerDialog>(repository(), *m_languages);
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void TearDown() override {
        m_dialog.reset();
        m_languages->setLanguage(kSourceLocale);
        QCoreApplication::processEvents();
    }
    template <typename T> T *child(const char *name) const {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QPrintPreviewWidget *preview() const { return child<QPrintPreviewWidget>("handoutPreview"); }
    bool waitForPreviewPages(int atLeast) const {
        return QTest::qWaitFor([&]() { return preview()->pageCount() >= atLeast; }, 10000);
    }
    QPushButton *button(const QString &accessibleName) const {
        for (QPushButton *b : m_dialog->findChildren<QPushButton *>()) {
            if (b->accessibleName() == accessibleName) {
                return b;
            }
        }
        ADD_FAILURE() << "no button " << accessibleName.toStdString();
        return nullptr;
    }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<HandoutComposerDialog> m_dialog;
};

TEST_F(HandoutComposerTest, OpensWithTheKeyPointsPresetAndALivePreview) {
    const HandoutPreset preset = *findHandoutPreset(QString::fromLatin1(kDefaultHandoutPreset));
    EXPECT_EQ(preset.id, QStringLiteral("key-points"));
    EXPECT_EQ(sorted(child<HandoutTopicTree>("topicTree")->checkedTopics()), sorted(preset.topics));
    EXPECT_EQ(child<QComboBox>("presetCombo")->currentData().toString(), preset.id);
    EXPECT_FALSE(child<QCheckBox>("teachBackCheck")->isChecked());
    EXPECT_TRUE(waitForPreviewPages(2));
    // The composer says how long the handout is before it is printed.
    EXPECT_EQ(child<QLabel>("pageCount")->text(), QStringLiteral("About 2 pages"));
}

TEST_F(HandoutComposerTest, PresetsAreChosenWithTheKeyboard) {
    QComboBox *presets = child<QComboBox>("presetCombo");
    presets->setFocus();
    QTest::keyClick(presets, Qt::Key_Down);
    EXPECT_EQ(presets->currentData().toString(), QStringLiteral("newly-diagnosed"));
    EXPECT_EQ(sorted(child<HandoutTopicTree>("topicTree")->checkedTopics()),
              sorted(findHandoutPreset(QStringLiteral("newly-diagnosed"))->topics));
    EXPECT_TRUE(child<QCheckBox>("teachBackCheck")->isChecked());
}

TEST_F(HandoutComposerTest, AnEmptyBasketCannotBePrinted) {
    QPushButton *print = button(QStringLiteral("Print the handout"));
    QTest::mouseClick(button(QStringLiteral("Clear all topics")), Qt::LeftButton);
    EXPECT_TRUE(child<HandoutTopicTree>("topicTree")->checkedTopics().isEmpty());
    EXPECT_FALSE(print->isEnabled());
    EXPECT_EQ(child<QComboBox>("presetCombo")->currentIndex(), 0); // "Your own choice"

    QTest::mouseClick(button(QStringLiteral("Select all topics")), Qt::LeftButton);
    EXPECT_TRUE(print->isEnabled());
    int topics = 0;
    for (const QString &section : kSectionKeys) {
        topics += static_cast<int>(repository().topics(section, kSourceLocale).size());
    }
    EXPECT_EQ(child<HandoutTopicTree>("topicTree")->checkedTopics().size(), topics);
}

TEST_F(HandoutComposerTest, LargePrintLengthensTheLivePreview) {
    ASSERT_TRUE(waitForPreviewPages(1));
    const int standard = preview()->pageCount();
    QCheckBox *large = child<QCheckBox>("largePrintCheck");
    QTest::mouseClick(large, Qt::LeftButton, {}, QPoint(8, large->height() / 2));
    ASSERT_TRUE(large->isChecked());
    EXPECT_TRUE(waitForPreviewPages(standard + 1)) << standard;
}

TEST_F(HandoutComposerTest, EveryControlHasAnAccessibleName) {
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<HandoutTopicTree *>(widget) || qobject_cast<QPrintPreviewWidget *>(widget);
        // Parts of composite widgets (a combo box's line edit, the preview's view) are named
        // by their owner.
        const bool part = qobject_cast<QComboBox *>(widget->parentWidget()) ||
                          qobject_cast<QPrintPreviewWidget *>(widget->parentWidget());
        if (!control || part || !widget->isVisible()) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
        // The preview's page view, inside it, takes the focus for scrolling.
        if (!qobject_cast<QPrintPreviewWidget *>(widget)) {
            EXPECT_NE(widget->focusPolicy() & Qt::TabFocus, 0)
                << widget->metaObject()->className() << " cannot be reached with Tab";
        }
        ++checked;
    }
    EXPECT_GE(checked, 15);
}

TEST_F(HandoutComposerTest, TopicTitlesFollowTheInterfaceLanguage) {
    const QString spanish = repository().topics(Page::Overview, QStringLiteral("es")).first().title;
    HandoutTopicTree *tree = child<HandoutTopicTree>("topicTree");
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("es")));
    QCoreApplication::processEvents();
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), spanish);
    // The basket survives the switch.
    EXPECT_EQ(sorted(tree->checkedTopics()),
              sorted(findHandoutPreset(QString::fromLatin1(kDefaultHandoutPreset))->topics));
}

TEST_F(HandoutComposerTest, RetranslatesItsTextsOnLanguageChange) {
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents(); // LanguageChange is posted
    EXPECT_TRUE(m_dialog->windowTitle().startsWith(QStringLiteral("[x] ")));
    EXPECT_TRUE(
        child<QLineEdit>("patientNameEdit")->accessibleName().startsWith(QStringLiteral("[x] ")));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_dialog->windowTitle().startsWith(QStringLiteral("[x] ")));
}

TEST_F(HandoutComposerTest, ExportsInTheHandoutLanguageNotTheWindowLanguage) {
    QComboBox *language = child<QComboBox>("languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QComboBox *paper = child<QComboBox>("paperCombo");
    paper->setCurrentIndex(paper->findData(static_cast<int>(HandoutRequest::Paper::Letter)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    const HandoutExportResult result = m_dialog->exportTo(path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QString german =
        repository().string(QStringLiteral("labels.handout_title"), QStringLiteral("de")).text;
    EXPECT_TRUE(test::searchable(test::pdfText(path)).contains(test::searchable(german)));
    EXPECT_TRUE(test::runProcess(QStringLiteral("pdfinfo"), {path})
                    .out.contains(QStringLiteral("(letter)")));
    EXPECT_EQ(m_languages->current(), kSourceLocale);
}

TEST_F(HandoutComposerTest, RightToLeftPreviewHasTheSamePagesAsTheHandout) {
    // Arabic previews are drawn as page images (see HandoutRenderer); they must paginate exactly
    // like the PDF the same settings produce.
    QComboBox *language = child<QComboBox>("languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arabic.pdf"));
    const HandoutExportResult result = m_dialog->exportTo(path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&]() { return preview()->pageCount() == result.pages; }, 15000))
        << preview()->pageCount() << " preview pages, " << result.pages << " in the PDF";
}

// The condition picks the body sites printed, and like the patient's name it is forgotten when
// the composer closes.
TEST_F(HandoutComposerTest, ConditionPicksTheBodySitesAndIsNotKept) {
    QComboBox *condition = child<QComboBox>("conditionCombo");
    ASSERT_GT(condition->count(), 4);
    condition->setCurrentIndex(condition->findData(QStringLiteral("systemic-sclerosis")));
    EXPECT_EQ(m_dialog->request().condition, QStringLiteral("systemic-sclerosis"));
    HandoutRequest request = m_dialog->request();
    request.topics = {QStringLiteral("when-and-where")};
    const QString body = HandoutDocumentBuilder(repository()).build(request).bodyHtml;
    const QString sclerosis =
        repository().string(QStringLiteral("conditions.systemic-sclerosis"), kSourceLocale).text;
    const QString lupus =
        repository().string(QStringLiteral("conditions.lupus"), kSourceLocale).text;
    // A body-site row is "<b>condition</b></td>" in the table after the topic.
    const auto row = [](const QString &label) -> QString {
        return QStringLiteral("<b>") + label.toHtmlEscaped() + QStringLiteral("</b></td>");
    };
    EXPECT_TRUE(body.contains(row(sclerosis)));
    EXPECT_FALSE(body.contains(row(lupus)));
    m_dialog->done(QDialog::Rejected);
    EXPECT_EQ(condition->currentIndex(), 0);
}

} // namespace
} // namespace cg

// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports.h"

#include "text/markdown.h"
#include "text/readability.h"

#include <QHash>
#include <algorithm>

namespace cg::compiler {

bool printReadabilityReport(const ContentSet &content, QTextStream &out) {
    if (content.texts.isEmpty()) {
        return false;
    }
    const LocaleText &english = content.texts.first();
    QList<double> grades;
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("topic"), -36)
               .arg(QStringLiteral("words"), 5)
               .arg(QStringLiteral("sent."), 5)
               .arg(QStringLiteral("grade"), 5)
               .arg(QStringLiteral("ease"), 5);
    for (const SectionDef &section : content.sections) {
        for (const TopicDef &topic : section.topics) {
            const TextUnit unit = english.units.value(unitKey("topic", topic.id));
            const QString text = unit.fields.value(QStringLiteral("summary")) + QLatin1Char('\n') +
                                 markdownToPlainText(unit.fields.value(QStringLiteral("body")));
            const ReadabilityScore score = measureReadability(text);
            grades.append(score.gradeLevel);
            out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                       .arg(section.key + QLatin1Char('/') + topic.id, -36)
                       .arg(score.words, 5)
                       .arg(score.sentences, 5)
                       .arg(score.gradeLevel, 5, 'f', 1)
                       .arg(score.readingEase, 5, 'f', 1)
                       .arg(score.gradeLevel > kMaxTopicGrade ? QStringLiteral("  ABOVE LIMIT")
                                                              : QString());
        }
    }
    if (grades.isEmpty()) {
        out << "no English topics\n";
        return false;
    }
    std::sort(grades.begin(), grades.end());
    const qsizetype n = grades.size();
    const double median =
        n % 2 == 1 ? grades.at(n / 2) : (grades.at(n / 2 - 1) + grades.at(n / 2)) / 2;
    const double worst = grades.last();
    out << QStringLiteral("%1 topics; median grade %2 (limit %3); highest %4 (limit %5)\n")
               .arg(n)
               .arg(median, 0, 'f', 2)
               .arg(kMaxMedianGrade, 0, 'f', 1)
               .arg(worst, 0, 'f', 2)
               .arg(kMaxTopicGrade, 0, 'f', 1);
    return median <= kMaxMedianGrade && worst <= kMaxTopicGrade;
}

void printReviewReport(const ContentSet &content, QTextStream &out) {
    QHash<QString, const ReviewDef *> signOffs;
    for (const ReviewDef &review : content.reviews) {
        signOffs.insert(review.topic + QLatin1Char('/') + review.locale, &review);
    }
    out << QStringLiteral("review status (reviews.yaml)\n");
    for (const LocaleDef &locale : content.locales) {
        int reviewed = 0;
        int topics = 0;
        const QString written = content.written.value(locale.code).date.toString(Qt::ISODate);
        for (const SectionDef &section : content.sections) {
            for (const TopicDef &topic : section.topics) {
                ++topics;
                const ReviewDef *review = signOffs.value(topic.id + QLatin1Char('/') + locale.code);
                const bool isReviewed =
                    review != nullptr && review->status == QStringLiteral("clinically-reviewed");
                reviewed += isReviewed ? 1 : 0;
                const QString status =
                    isReviewed
                        ? QStringLiteral("clinically reviewed by %1 on %2")
                              .arg(review->reviewerRole, review->reviewedOn.toString(Qt::ISODate))
                        : QStringLiteral("draft (written %1)").arg(written);
                out << QStringLiteral("  %1 %2/%3: %4\n")
                           .arg(locale.code, section.key, topic.id, status);
            }
        }
        out << QStringLiteral("review %1: %2 of %3 topics clinically reviewed\n")
                   .arg(locale.code)
                   .arg(reviewed)
                   .arg(topics);
    }
}

void printCoverageReport(const ContentSet &content, QTextStream &out, bool listMissing) {
    if (content.texts.isEmpty()) {
        return;
    }
    const LocaleText &english = content.texts.first();
    const qsizetype total = english.units.size() + english.strings.size();
    for (const LocaleText &locale : content.texts) {
        QStringList missing;
        for (auto it = english.units.constBegin(); it != english.units.constEnd(); ++it) {
            if (locale.units.value(it.key()).fields.isEmpty()) {
                missing.append(it.key());
            }
        }
        for (auto it = english.strings.constBegin(); it != english.strings.constEnd(); ++it) {
            if (!locale.strings.contains(it.key())) {
                missing.append(QStringLiteral("string:") + it.key());
            }
        }
        out << QStringLiteral("coverage %1: %2 of %3 entries translated (%4%)\n")
                   .arg(locale.code)
                   .arg(total - missing.size())
                   .arg(total)
                   .arg(total > 0 ? 100.0 * double(total - missing.size()) / double(total) : 0.0, 0,
                        'f', 1);
        if (listMissing && !missing.isEmpty()) {
            missing.sort();
            for (const QString &key : std::as_const(missing)) {
                out << QStringLiteral("  missing %1\n").arg(key);
            }
        }
    }
}

} // namespace cg::compiler

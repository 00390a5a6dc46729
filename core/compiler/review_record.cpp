// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_record.h"

#include "yaml_fields.h"

#include <QSet>

namespace cg::compiler {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kReviewed = QStringLiteral("clinically-reviewed");

void readWritten(const YamlDocument &document, ContentSet &content, Diagnostics &diagnostics) {
    const YAML::Node written = document.root["written"];
    // IsDefined() first: asking a missing node its type throws YAML::InvalidNode.
    if (!written.IsDefined() || !written.IsMap()) {
        diagnostics.error(document.path, lineOf(written), {},
                          QStringLiteral("'written' must map each language code to the date its "
                                         "text was last written, e.g. 'en: 2026-12-01'"));
        return;
    }
    for (const auto &pair : written) {
        const int line = lineOf(pair.first);
        if (!pair.first.IsScalar() || !pair.second.IsScalar()) {
            diagnostics.error(document.path, line, {},
                              QStringLiteral("each 'written' entry must be 'code: YYYY-MM-DD'"));
            continue;
        }
        const QString code = QString::fromStdString(pair.first.Scalar());
        const QString text = QString::fromStdString(pair.second.Scalar());
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            diagnostics.error(
                document.path, lineOf(pair.second), code,
                QStringLiteral("written date must be YYYY-MM-DD, not '%1'").arg(text));
            continue;
        }
        content.written.insert(code, {date, {document.path, line}});
    }
}

} // namespace

void readReviews(const QString &path, const QString &sourceRoot, ContentSet &content,
                 Diagnostics &diagnostics) {
    const auto document = loadYaml(path, sourceRoot, diagnostics);
    if (!document) {
        return;
    }
    FieldReader top(document->root, document->path, QStringLiteral("reviews"), diagnostics);
    if (!top.isMap()) {
        return;
    }
    top.rejectOthers({QStringLiteral("written"), QStringLiteral("reviews")});
    readWritten(*document, content, diagnostics);
    const YAML::Node list = document->root["reviews"];
    if (list.IsDefined() && !list.IsNull() && !list.IsSequence()) {
        diagnostics.error(document->path, lineOf(list), {},
                          QStringLiteral("'reviews' must be a list of sign-offs"));
        return;
    }
    for (const YAML::Node &entry : list) {
        FieldReader fields(entry, document->path, QStringLiteral("review"), diagnostics);
        if (!fields.isMap()) {
            continue;
        }
        ReviewDef review;
        review.where = {document->path, fields.line()};
        review.topic = fields.required("topic");
        review.locale = fields.required("locale");
        review.status = fields.required("status");
        const QString what = review.topic + QLatin1Char('/') + review.locale;
        const auto fail = [&](const QString &message) {
            diagnostics.error(document->path, review.where.line, what, message);
        };
        fields.rejectOthers({QStringLiteral("topic"), QStringLiteral("locale"),
                             QStringLiteral("status"), QStringLiteral("reviewer_role"),
                             QStringLiteral("reviewed_on")});
        if (review.status == kReviewed) {
            review.reviewerRole = fields.optional("reviewer_role");
            const QString date = fields.optional("reviewed_on");
            review.reviewedOn = QDate::fromString(date, Qt::ISODate);
            if (review.reviewerRole.trimmed().isEmpty()) {
                fail(QStringLiteral("a clinical sign-off needs reviewer_role (the reviewer's "
                                    "role, such as 'Rheumatology nurse specialist')"));
            }
            if (date.isEmpty()) {
                fail(QStringLiteral("a clinical sign-off needs reviewed_on (YYYY-MM-DD)"));
            } else if (!review.reviewedOn.isValid()) {
                fail(QStringLiteral("reviewed_on must be a date written as YYYY-MM-DD, not '%1'")
                         .arg(date));
            }
        } else if (review.status == kDraft) {
            if (fields.has("reviewer_role") || fields.has("reviewed_on")) {
                fail(QStringLiteral("a draft has no reviewer: set status: clinically-reviewed, "
                                    "or remove reviewer_role and reviewed_on"));
            }
        } else if (!review.status.isEmpty()) {
            fail(QStringLiteral("status must be draft or clinically-reviewed, not '%1'")
                     .arg(review.status));
        }
        content.reviews.append(review);
    }
}

void validateReviews(const ContentSet &content, const QDate &today, Diagnostics &diagnostics) {
    QSet<QString> topics;
    for (const SectionDef &section : content.sections) {
        for (const TopicDef &topic : section.topics) {
            topics.insert(topic.id);
        }
    }
    QSet<QString> locales;
    for (const LocaleDef &locale : content.locales) {
        locales.insert(locale.code);
        const auto written = content.written.constFind(locale.code);
        if (written == content.written.cend()) {
            diagnostics.error(content.reviewsPath, 0, locale.code,
                              QStringLiteral("no 'written' date for language '%1'; add "
                                             "'%1: YYYY-MM-DD' under 'written'")
                                  .arg(locale.code));
            continue;
        }
        // A translation review, like a clinical one, counts only for the text it read.
        const QDate reviewedOn = locale.translationReviewedOn;
        if (!reviewedOn.isValid()) {
            continue;
        }
        if (reviewedOn > today) {
            diagnostics.error(locale.where.file, locale.where.line, locale.code,
                              QStringLiteral("translation_reviewed_on %1 is in the future")
                                  .arg(reviewedOn.toString(Qt::ISODate)));
        } else if (reviewedOn < written->date) {
            diagnostics.error(locale.where.file, locale.where.line, locale.code,
                              QStringLiteral("the %1 text was written on %2, after its "
                                             "translation review on %3: review it again, or "
                                             "set status: awaiting-review")
                                  .arg(locale.code, written->date.toString(Qt::ISODate),
                                       reviewedOn.toString(Qt::ISODate)));
        }
    }
    for (auto it = content.written.cbegin(); it != content.written.cend(); ++it) {
        if (!locales.contains(it.key())) {
            diagnostics.error(
                it->where.file, it->where.line, it.key(),
                QStringLiteral("'%1' is not a language listed in meta.yaml").arg(it.key()));
        } else if (it->date > today) {
            diagnostics.error(it->where.file, it->where.line, it.key(),
                              QStringLiteral("written date %1 is in the future")
                                  .arg(it->date.toString(Qt::ISODate)));
        }
    }
    QSet<QString> seen;
    for (const ReviewDef &review : content.reviews) {
        const QString what = review.topic + QLatin1Char('/') + review.locale;
        if (!review.topic.isEmpty() && !topics.contains(review.topic)) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("unknown topic '%1'").arg(review.topic));
        }
        if (!review.locale.isEmpty() && !locales.contains(review.locale)) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("unknown language '%1'").arg(review.locale));
        }
        if (seen.contains(what)) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("this topic and language have two records"));
        }
        seen.insert(what);
        if (review.status != kReviewed || !review.reviewedOn.isValid()) {
            continue;
        }
        if (review.reviewerRole.trimmed().size() < 3) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("reviewer_role must name the reviewer's role, such "
                                             "as 'Rheumatology nurse specialist'"));
        }
        if (review.reviewedOn > today) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("reviewed_on %1 is in the future")
                                  .arg(review.reviewedOn.toString(Qt::ISODate)));
        }
        const auto written = content.written.constFind(review.locale);
        if (written != content.written.cend() && review.reviewedOn < written->date) {
            diagnostics.error(review.where.file, review.where.line, what,
                              QStringLiteral("the text was written on %1, after this review on "
                                             "%2: review it again, or set status: draft")
                                  .arg(written->date.toString(Qt::ISODate),
                                       review.reviewedOn.toString(Qt::ISODate)));
        }
    }
}

} // namespace cg::compiler

// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/readability.h"

#include <QRegularExpression>

namespace cg {

namespace {

bool isVowel(QChar c) {
    switch (c.toLower().unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

const QRegularExpression &wordPattern() {
    static const QRegularExpression pattern(QStringLiteral("[\\p{L}]+(?:['\\x{2019}-][\\p{L}]+)*"));
    return pattern;
}

} // namespace

int countSyllables(const QString &word) {
    QString letters;
    for (const QChar c : word) {
        if (c.isLetter()) {
            letters.append(c.toLower());
        }
    }
    if (letters.isEmpty()) {
        return 0;
    }
    int groups = 0;
    bool inVowels = false;
    for (const QChar c : letters) {
        const bool vowel = isVowel(c);
        if (vowel && !inVowels) {
            ++groups;
        }
        inVowels = vowel;
    }
    const qsizetype n = letters.size();
    const bool endsWithSilentE =
        n > 2 && letters.at(n - 1) == QLatin1Char('e') && !isVowel(letters.at(n - 2)) &&
        !(letters.at(n - 2) == QLatin1Char('l') && !isVowel(letters.at(n - 3)));
    if (endsWithSilentE) {
        --groups;
    }
    return qMax(1, groups);
}

ReadabilityScore measureReadability(const QString &plainText) {
    ReadabilityScore score;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]+(?=\\s|$)"));
    const QStringList lines = plainText.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        int lineWords = 0;
        QRegularExpressionMatchIterator it = wordPattern().globalMatch(line);
        while (it.hasNext()) {
            const QString word = it.next().captured(0);
            ++lineWords;
            score.syllables += countSyllables(word);
        }
        if (lineWords == 0) {
            continue;
        }
        score.words += lineWords;
        int ends = 0;
        QRegularExpressionMatchIterator endIt = sentenceEnd.globalMatch(line);
        while (endIt.hasNext()) {
            endIt.next();
            ++ends;
        }
        // A line that does not close with a mark (heading, list item) still ends a sentence.
        static const QRegularExpression closes(QStringLiteral("[.!?][\"'\\x{201D}\\)]*\\s*$"));
        if (!closes.match(line).hasMatch()) {
            ++ends;
        }
        score.sentences += ends;
    }
    if (score.words == 0 || score.sentences == 0) {
        return score;
    }
    const double wordsPerSentence = double(score.words) / double(score.sentences);
    const double syllablesPerWord = double(score.syllables) / double(score.words);
    score.gradeLevel = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    score.readingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    return score;
}

} // namespace cg

// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/stop_words.h"

#include "search/query_sanitizer.h"

namespace cg::search {

namespace {

// Short lists on purpose: only function words and question words that appear in almost every
// passage. Content words ("pain", "school", "go") stay searchable.
const char *const kEnglish =
    "a an the and or but if so of to in on at by for with about from into as than then "
    "is are am was were be been being do does did done doing have has had having "
    "can could will would shall should may might must "
    "i me my mine myself we us our ours you your yours he him his she her hers it its "
    "they them their theirs this that these those there here "
    "what which who whom whose when where why how "
    "any some all very just also too not no yes please tell know want need get got";

const char *const kSpanish =
    "el la los las un una unos unas lo al del de a en con por para sin sobre entre y e o u "
    "pero si que qué como cómo cuando cuándo donde dónde cual cuál quien quién por qué "
    "es son soy eres somos está están estoy ser estar fue era hay ha han he tiene tienen "
    "puede pueden puedo se me mi mis te tu tus su sus nos nuestro nuestra le les "
    "este esta estos estas ese esa eso muy más no sí ya también";

const char *const kFrench =
    "le la les l un une des du de d au aux à a en dans par pour sur avec sans sous et ou mais "
    "si que qu qui quoi quel quelle quels quelles comment quand où pourquoi combien "
    "est sont suis es sommes êtes être été était avoir ai as avons avez ont a "
    "peut peuvent puis je j me m mon ma mes tu te t ton ta tes il elle on nous vous ils elles "
    "se s son sa ses notre nos votre vos leur leurs ce c cet cette ces ne n pas plus y très aussi";

const char *const kGerman =
    "der die das den dem des ein eine einen einem einer eines und oder aber wenn ob dass "
    "zu zum zur in im an am auf aus bei mit nach von vom für über unter um durch gegen ohne "
    "ist sind bin bist sein war waren wird werden wurde hat haben habe hast kann können "
    "soll sollte muss müssen darf ich mich mir mein meine meinen meinem meiner wir uns unser "
    "unsere du dich dir dein deine er ihn ihm sein seine sie ihr ihre es man "
    "was wer wie wo wann warum welche welcher welches nicht kein keine auch sehr noch schon";

// Written without diacritics; folding would remove them anyway.
const char *const kArabic =
    "في من الى إلى على عن مع هل ما ماذا متى أين اين كيف لماذا لم لن لا نعم هو هي هم هن انا أنا "
    "نحن انت أنت انتم هذا هذه ذلك تلك الذي التي الذين و او أو ثم ان أن إن كان كانت يكون تكون "
    "قد كل بعض عند لدي لدى يمكن يمكنني";

// Chinese has no spaces: these are the bigrams and characters of question phrasing ("what",
// "how", "can or cannot") that the bigram index would otherwise match everywhere.
const char *const kChinese = "什么 怎么 么办 哪些 可以 能不 不能 要不 不要 会不 不会 是不 不是 "
                             "有没 没有 这些 那些 这个 那个 一下 吗 呢 吧 啊 的 了 是 我 你 他 她 "
                             "它 这 那 哪 些 什 么 怎 要 会 能 很 把 就 都 也 还 和 有 在";

QSet<QString> build(const char *list) {
    QSet<QString> words;
    const QStringList raw = QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : raw) {
        const QStringList parts = foldedWords(word);
        for (const QString &part : parts) {
            words.insert(part);
        }
    }
    return words;
}

} // namespace

QSet<QString> stopWords(const QString &locale) {
    const QString language = locale.section(QLatin1Char('-'), 0, 0).toLower();
    if (language == QStringLiteral("en")) {
        return build(kEnglish);
    }
    if (language == QStringLiteral("es")) {
        return build(kSpanish);
    }
    if (language == QStringLiteral("fr")) {
        return build(kFrench);
    }
    if (language == QStringLiteral("de")) {
        return build(kGerman);
    }
    if (language == QStringLiteral("ar")) {
        return build(kArabic);
    }
    if (language == QStringLiteral("zh")) {
        return build(kChinese);
    }
    return {};
}

} // namespace cg::search

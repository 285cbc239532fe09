// Domain helpers: regions, kinds, name keys, tokens and link URLs.
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "links/LinkUrl.h"
#include "links/TokenGenerator.h"

#include <QSet>
#include <QTest>

class tst_Domain : public QObject
{
    Q_OBJECT
private slots:
    void regions();
    void unitKinds();
    void nameKey_data();
    void nameKey();
    void tokens();
    void linkUrl_data();
    void linkUrl();
};

void tst_Domain::regions()
{
    QCOMPARE(Regions::all().size(), 34);
    QSet<QString> codes;
    for (const Region &r : Regions::all())
        codes.insert(r.code);
    QCOMPARE(codes.size(), 34);
    QCOMPARE(Regions::find(QStringLiteral("广东省"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("广东"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("guangdong"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("44"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("陕西"))->code, QStringLiteral("61"));
    QCOMPARE(Regions::find(QStringLiteral("山西"))->code, QStringLiteral("14"));
    QCOMPARE(Regions::find(QStringLiteral("新疆维吾尔自治区"))->code, QStringLiteral("65"));
    QVERIFY(!Regions::find(QStringLiteral("火星")));
    QCOMPARE(Regions::displayName(QStringLiteral("11")), QStringLiteral("Beijing"));
}

void tst_Domain::unitKinds()
{
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral("一级发起单位")),
             UnitKind::InitiatingFirst);
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral("initiating-2")),
             UnitKind::InitiatingSecond);
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral(" 支持单位 ")), UnitKind::Supporting);
    QVERIFY(!DomainNames::unitKindFromText(QStringLiteral("三级")));
    for (UnitKind k : DomainNames::unitKinds())
        QCOMPARE(DomainNames::unitKindFromText(DomainNames::code(k)), k);
    QCOMPARE(DomainNames::letterSeries(UnitKind::InitiatingSecond), QStringLiteral("FQ"));
    QCOMPARE(DomainNames::letterSeries(UnitKind::Supporting), QStringLiteral("ZC"));
    QCOMPARE(DomainNames::expertFieldFromText(QStringLiteral("问卷设计专家")),
             ExpertField::Questionnaire);
}

void tst_Domain::nameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("suffix") << QStringLiteral("星河信息技术有限公司")
                            << QStringLiteral("星河信息技术有限责任公司");
    QTest::newRow("brackets") << QStringLiteral("星河（北京）科技")
                              << QStringLiteral("星河(北京)科技");
    QTest::newRow("full width") << QStringLiteral("ＡＢＣ网络安全协会")
                                << QStringLiteral("abc网络安全协会");
    QTest::newRow("spaces") << QStringLiteral("蓝盾 网络 安全协会")
                            << QStringLiteral("蓝盾网络安全协会");
    QTest::newRow("ideographic space")
        << QStringLiteral("蓝盾\u3000协会") << QStringLiteral("蓝盾协会");
}

void tst_Domain::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(NameKey::of(a), NameKey::of(b));
    QVERIFY(NameKey::of(QStringLiteral("星河协会")) != NameKey::of(QStringLiteral("星海协会")));
}

void tst_Domain::tokens()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString t = TokenGenerator::generate();
        QCOMPARE(t.size(), TokenGenerator::kLength);
        QVERIFY2(TokenGenerator::isWellFormed(t), qPrintable(t));
        seen.insert(t);
    }
    QCOMPARE(seen.size(), 2000);
    QCOMPARE(TokenGenerator::encodeCrockford(QByteArray::fromHex("0000000000"), 8),
             QStringLiteral("00000000"));
    QCOMPARE(TokenGenerator::encodeCrockford(QByteArray::fromHex("ffffffffff"), 8),
             QStringLiteral("ZZZZZZZZ"));
    QCOMPARE(TokenGenerator::normalize(QStringLiteral("abio-l")), QStringLiteral("AB101"));
}

void tst_Domain::linkUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << "https://s.example.org/q"
                           << "https://s.example.org/q?src=ABC";
    QTest::newRow("query") << "https://s.example.org/q?lang=zh"
                           << "https://s.example.org/q?lang=zh&src=ABC";
    QTest::newRow("fragment") << "https://s.example.org/q#start"
                              << "https://s.example.org/q?src=ABC#start";
    QTest::newRow("old src") << "https://s.example.org/q?src=OLD&a=1"
                             << "https://s.example.org/q?a=1&src=ABC";
    QTest::newRow("query and fragment") << "https://s.example.org/q?lang=zh#start"
                                        << "https://s.example.org/q?lang=zh&src=ABC#start";
    QTest::newRow("empty query") << "https://s.example.org/q?"
                                 << "https://s.example.org/q?src=ABC";
    QTest::newRow("encoded query") << "https://s.example.org/q?t=a%20b%26c"
                                   << "https://s.example.org/q?t=a%20b%26c&src=ABC";
    QTest::newRow("port and folder") << "http://s.example.org:8080/a/b/"
                                     << "http://s.example.org:8080/a/b/?src=ABC";
}

void tst_Domain::linkUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    QCOMPARE(LinkUrl::build(base, QStringLiteral("ABC")), url);
    QCOMPARE(LinkUrl::tokenFrom(url), QStringLiteral("ABC"));
    QCOMPARE(LinkUrl::tokenFrom(QStringLiteral(" ABC ")), QStringLiteral("ABC"));
}

QTEST_GUILESS_MAIN(tst_Domain)
#include "tst_domain.moc"

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
    void nameCleaned_data();
    void nameCleaned();
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
    QTest::newRow("no-break space")
        << QStringLiteral("蓝盾\u00A0协会") << QStringLiteral("蓝盾协会");
    QTest::newRow("zero-width space")
        << QStringLiteral("方\u200B立公司") << QStringLiteral("方立公司");
    QTest::newRow("zero-width joiner")
        << QStringLiteral("方立\u200D公司") << QStringLiteral("方立公司");
    QTest::newRow("direction mark")
        << QStringLiteral("\u200E方立公司\u200F") << QStringLiteral("方立公司");
    QTest::newRow("word joiner") << QStringLiteral("方\u2060立公司") << QStringLiteral("方立公司");
    QTest::newRow("byte order mark")
        << QStringLiteral("\uFEFF方立公司") << QStringLiteral("方立公司");
    QTest::newRow("soft hyphen") << QStringLiteral("方\u00AD立公司") << QStringLiteral("方立公司");
    QTest::newRow("Kangxi radical 方")
        << QStringLiteral("\u2F45立公司") << QStringLiteral("方立公司");
    QTest::newRow("Kangxi radicals 文 言")
        << QStringLiteral("\u2F42明\u2FD4网络") << QStringLiteral("文明龜网络");
    QTest::newRow("Kangxi radical 一 (first)")
        << QStringLiteral("\u2F00号协会") << QStringLiteral("一号协会");
    QTest::newRow("Kangxi radical 龠 (last)")
        << QStringLiteral("\u2FD5乐社") << QStringLiteral("龠乐社");
    QTest::newRow("compatibility ideograph")
        << QStringLiteral("\uF900山协会") << QStringLiteral("豈山协会");
    QTest::newRow("compatibility supplement")
        << QStringLiteral("\U0002F800协会") << QStringLiteral("丽协会");
    QTest::newRow("traditional") << QStringLiteral("香港網絡安全協會")
                                 << QStringLiteral("香港网络安全协会");
    QTest::newRow("traditional company")
        << QStringLiteral("澳門數據資訊科技有限公司") << QStringLiteral("澳门数据资讯科技有限公司");
    QTest::newRow("traditional and full-width brackets")
        << QStringLiteral("臺灣（台北）資訊協會") << QStringLiteral("台湾(台北)资讯协会");
    QTest::newRow("outside the BMP")
        << QStringLiteral("𠮷祥\u200B物流") << QStringLiteral("𠮷祥物流");
}

void tst_Domain::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(NameKey::of(a), NameKey::of(b));
    QVERIFY(NameKey::of(QStringLiteral("星河协会")) != NameKey::of(QStringLiteral("星海协会")));
    QVERIFY(NameKey::of(QStringLiteral("𠮷祥物流")) != NameKey::of(QStringLiteral("吉祥物流")));
}

void tst_Domain::nameCleaned_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("zero-width space")
        << QStringLiteral("方\u200B立公司") << QStringLiteral("方立公司");
    QTest::newRow("byte order mark and spaces")
        << QStringLiteral("\uFEFF 方立公司 ") << QStringLiteral("方立公司");
    QTest::newRow("visible characters kept")
        << QStringLiteral("香港網絡（安全）協會") << QStringLiteral("香港網絡（安全）協會");
    QTest::newRow("outside the BMP kept")
        << QStringLiteral("𠮷祥\u2060物流") << QStringLiteral("𠮷祥物流");
}

void tst_Domain::nameCleaned()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(NameKey::cleaned(typed), stored);
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

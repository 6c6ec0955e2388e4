// SPDX-License-Identifier: Apache-2.0
#include "flags/FeatureGates.h"
#include "flags/Murmur3.h"

#include <QTest>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

using namespace sluice::engine;

Q_DECLARE_METATYPE(sluice::engine::Feature)

namespace {

constexpr std::array<Feature, kFeatureCount> kAllFeatures{Feature::ReputationSystem, Feature::AdaptiveLimiting,
                                                          Feature::AnomalyDetection};
constexpr int kKeyCount = 10'000;

std::string sampleKey(int n) { return "user-" + std::to_string(n); }

}  // namespace

class TestFeatureGates final : public QObject {
    Q_OBJECT

private slots:
    void murmur3MatchesReferenceVectors_data();
    void murmur3MatchesReferenceVectors();
    void bucketMatchesOtherMurmur3Implementations_data();
    void bucketMatchesOtherMurmur3Implementations();
    void bucketIsAlwaysBetweenOneAndHundred();

    void disabledGateAdmitsNoBucket();
    void zeroPercentAdmitsNoBucket();
    void hundredPercentAdmitsEveryBucket();
    void rolloutAdmitsExactlyTheBucketsUpToThePercentage();
    void gatesStartEnabledAtHundredPercentAndHoldWhatIsSet();
    void raisingRolloutNeverRemovesAKey();
    void thirtyPercentRolloutCoversAboutThirtyPercentOfKeys_data();
    void thirtyPercentRolloutCoversAboutThirtyPercentOfKeys();

    void featureNamesRoundTrip();
    void unknownFeatureNamesDoNotParse();
};

void TestFeatureGates::murmur3MatchesReferenceVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("hash");

    QTest::newRow("empty") << QByteArray("") << 0U << 0U;
    QTest::newRow("hello") << QByteArray("hello") << 0U << 613153351U;
    QTest::newRow("quick brown fox") << QByteArray("The quick brown fox jumps over the lazy dog") << 0U << 776992547U;
}

void TestFeatureGates::murmur3MatchesReferenceVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, seed);
    QFETCH(quint32, hash);

    QCOMPARE(murmur3x86_32(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), seed), hash);
}

void TestFeatureGates::bucketMatchesOtherMurmur3Implementations_data()
{
    QTest::addColumn<Feature>("feature");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<quint32>("hash");
    QTest::addColumn<int>("bucket");

    // Computed independently with three npm murmur3 libraries: bucket = murmur3("<feature>:<key>") % 100 + 1.
    QTest::newRow("reputation user-1") << Feature::ReputationSystem << QByteArray("user-1") << 917639241U << 42;
    QTest::newRow("reputation user-2") << Feature::ReputationSystem << QByteArray("user-2") << 123488496U << 97;
    QTest::newRow("reputation user-42") << Feature::ReputationSystem << QByteArray("user-42") << 286329034U << 35;
    QTest::newRow("reputation ip") << Feature::ReputationSystem << QByteArray("192.168.1.10") << 2615013879U << 80;
    QTest::newRow("adaptive user-1") << Feature::AdaptiveLimiting << QByteArray("user-1") << 2958417010U << 11;
    QTest::newRow("adaptive token") << Feature::AdaptiveLimiting << QByteArray("token-abc") << 201709845U << 46;
    QTest::newRow("adaptive user-1000000")
        << Feature::AdaptiveLimiting << QByteArray("user-1000000") << 2344921344U << 45;
    QTest::newRow("anomaly user-7") << Feature::AnomalyDetection << QByteArray("user-7") << 2262892380U << 81;
    QTest::newRow("anomaly ip") << Feature::AnomalyDetection << QByteArray("10.0.0.1") << 3073105771U << 72;
    QTest::newRow("anomaly email") << Feature::AnomalyDetection << QByteArray("alice@example.com") << 1988744288U << 89;
    QTest::newRow("reputation empty key") << Feature::ReputationSystem << QByteArray("") << 363199152U << 53;
    QTest::newRow("adaptive long key") << Feature::AdaptiveLimiting
                                       << QByteArray("a-much-longer-key-with-more-than-sixteen-bytes-0123456789")
                                       << 1596758133U << 34;
}

void TestFeatureGates::bucketMatchesOtherMurmur3Implementations()
{
    QFETCH(Feature, feature);
    QFETCH(QByteArray, key);
    QFETCH(quint32, hash);
    QFETCH(int, bucket);

    const std::string_view keyView(key.constData(), static_cast<std::size_t>(key.size()));
    const std::string hashed = std::string(nameOf(feature)) + ":" + std::string(keyView);
    QCOMPARE(murmur3x86_32(hashed), hash);
    QCOMPARE(static_cast<int>(FeatureGates::bucket(feature, keyView)), bucket);
}

void TestFeatureGates::bucketIsAlwaysBetweenOneAndHundred()
{
    std::array<int, 101> seen{};
    for (const Feature feature : kAllFeatures) {
        for (int n = 0; n < kKeyCount; ++n) {
            const int b = FeatureGates::bucket(feature, sampleKey(n));
            QVERIFY2(b >= 1 && b <= 100, qPrintable(QString::number(b)));
            ++seen[b];
        }
    }
    for (int b = 1; b <= 100; ++b) {
        QVERIFY2(seen[b] > 0, qPrintable(QStringLiteral("bucket %1 never used").arg(b)));
    }
}

void TestFeatureGates::disabledGateAdmitsNoBucket()
{
    for (const int pct : {0, 1, 50, 100}) {
        const FeatureGate gate{false, static_cast<std::uint8_t>(pct)};
        for (int b = 1; b <= 100; ++b) {
            QVERIFY(!FeatureGates::inRollout(gate, static_cast<std::uint8_t>(b)));
        }
    }
}

void TestFeatureGates::zeroPercentAdmitsNoBucket()
{
    const FeatureGate gate{true, 0};
    for (int b = 0; b <= 255; ++b) {
        QVERIFY2(!FeatureGates::inRollout(gate, static_cast<std::uint8_t>(b)), qPrintable(QString::number(b)));
    }
}

void TestFeatureGates::hundredPercentAdmitsEveryBucket()
{
    const FeatureGate gate{true, 100};
    for (int b = 1; b <= 100; ++b) {
        QVERIFY2(FeatureGates::inRollout(gate, static_cast<std::uint8_t>(b)), qPrintable(QString::number(b)));
    }
}

void TestFeatureGates::rolloutAdmitsExactlyTheBucketsUpToThePercentage()
{
    for (int pct = 0; pct <= 100; ++pct) {
        const FeatureGate gate{true, static_cast<std::uint8_t>(pct)};
        for (int b = 1; b <= 100; ++b) {
            const bool in = FeatureGates::inRollout(gate, static_cast<std::uint8_t>(b));
            if (in != (b <= pct)) {
                QFAIL(qPrintable(QStringLiteral("%1%: bucket %2 in rollout = %3").arg(pct).arg(b).arg(in)));
            }
        }
    }
}

void TestFeatureGates::gatesStartEnabledAtHundredPercentAndHoldWhatIsSet()
{
    FeatureGates gates;
    for (const Feature feature : kAllFeatures) {
        QVERIFY(gates.gate(feature).enabled);
        QCOMPARE(gates.gate(feature).percentage, std::uint8_t{100});
        QVERIFY(gates.enabledFor(feature, 100));
    }
    gates.set(Feature::AdaptiveLimiting, FeatureGate{true, 25});
    gates.set(Feature::AnomalyDetection, FeatureGate{false, 100});
    QVERIFY(gates.enabledFor(Feature::AdaptiveLimiting, 25));
    QVERIFY(!gates.enabledFor(Feature::AdaptiveLimiting, 26));
    QVERIFY(!gates.enabledFor(Feature::AnomalyDetection, 1));
    QVERIFY(gates.enabledFor(Feature::ReputationSystem, 100));  // other gates untouched
    QCOMPARE(gates.gate(Feature::AdaptiveLimiting).percentage, std::uint8_t{25});
}

void TestFeatureGates::raisingRolloutNeverRemovesAKey()
{
    for (const Feature feature : kAllFeatures) {
        std::vector<std::uint8_t> buckets;
        buckets.reserve(kKeyCount);
        for (int n = 0; n < kKeyCount; ++n) {
            buckets.push_back(FeatureGates::bucket(feature, sampleKey(n)));
        }
        for (int p = 0; p < 100; ++p) {
            const FeatureGate lower{true, static_cast<std::uint8_t>(p)};
            const FeatureGate higher{true, static_cast<std::uint8_t>(p + 1)};
            for (int n = 0; n < kKeyCount; ++n) {
                if (FeatureGates::inRollout(lower, buckets[n]) && !FeatureGates::inRollout(higher, buckets[n])) {
                    QFAIL(qPrintable(QStringLiteral("%1: key %2 dropped when raising %3% -> %4%")
                                         .arg(QString::fromLatin1(nameOf(feature)))
                                         .arg(QString::fromStdString(sampleKey(n)))
                                         .arg(p)
                                         .arg(p + 1)));
                }
            }
        }
        // And the bucket itself is stable: computing it again gives the same answer.
        for (int n = 0; n < kKeyCount; n += 97) {
            QCOMPARE(FeatureGates::bucket(feature, sampleKey(n)), buckets[n]);
        }
    }
}

void TestFeatureGates::thirtyPercentRolloutCoversAboutThirtyPercentOfKeys_data()
{
    QTest::addColumn<Feature>("feature");
    for (const Feature feature : kAllFeatures) {
        QTest::newRow(std::string(nameOf(feature)).c_str()) << feature;
    }
}

void TestFeatureGates::thirtyPercentRolloutCoversAboutThirtyPercentOfKeys()
{
    QFETCH(Feature, feature);
    const FeatureGate gate{true, 30};
    int in = 0;
    for (int n = 0; n < kKeyCount; ++n) {
        in += FeatureGates::inRollout(gate, FeatureGates::bucket(feature, sampleKey(n))) ? 1 : 0;
    }
    QVERIFY2(in >= 2700 && in <= 3300, qPrintable(QStringLiteral("%1 of %2 keys").arg(in).arg(kKeyCount)));
}

void TestFeatureGates::featureNamesRoundTrip()
{
    QCOMPARE(nameOf(Feature::ReputationSystem), std::string_view("reputation_system"));
    QCOMPARE(nameOf(Feature::AdaptiveLimiting), std::string_view("adaptive_limiting"));
    QCOMPARE(nameOf(Feature::AnomalyDetection), std::string_view("anomaly_detection"));
    for (const Feature feature : kAllFeatures) {
        const std::optional<Feature> parsed = parseFeature(nameOf(feature));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, feature);
    }
}

void TestFeatureGates::unknownFeatureNamesDoNotParse()
{
    for (const char* name : {"", "reputation", "reputation_system_", "adaptive-limiting", "anomaly_detection\n"}) {
        QVERIFY2(!parseFeature(name).has_value(), name);
    }
}

QTEST_APPLESS_MAIN(TestFeatureGates)
#include "tst_feature_gates.moc"

// Response compression: which coding a client gets, that gzip and brotli output decompress
// to the input, and which content types are worth compressing.
#include <gtest/gtest.h>

#include <brotli/decode.h>
#include <zlib.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "web/compression.hpp"

namespace pmi::web {
namespace {

struct EncodingCase {
    const char* name;
    const char* accept_encoding;
    Encoding expected;
};

// Brotli when offered, else gzip, else none; a weight of 0 means "not acceptable".
const EncodingCase kEncodingCases[] = {
    {"browser_default", "gzip, deflate, br", Encoding::Brotli},
    {"brotli_first", "br, gzip", Encoding::Brotli},
    {"gzip_only", "gzip", Encoding::Gzip},
    {"brotli_refused", "br;q=0, gzip", Encoding::Gzip},
    {"brotli_refused_with_decimals", "br;q=0.0, gzip", Encoding::Gzip},
    {"brotli_low_but_accepted", "br;q=0.5, gzip", Encoding::Brotli},
    {"identity", "identity", Encoding::Identity},
    {"empty", "", Encoding::Identity},
    {"gzip_refused", "gzip;q=0", Encoding::Identity},
    {"deflate_only", "deflate", Encoding::Identity},
    {"br_inside_another_name", "xbr, gzipx", Encoding::Identity},
    {"gzip_weighted_one", "gzip;q=1.0", Encoding::Gzip},
};

class ChooseEncoding : public ::testing::TestWithParam<EncodingCase> {};

TEST_P(ChooseEncoding, FollowsTheTable)
{
    EXPECT_EQ(encoding_name(choose_encoding(GetParam().accept_encoding)), encoding_name(GetParam().expected))
        << "Accept-Encoding: " << GetParam().accept_encoding;
}

INSTANTIATE_TEST_SUITE_P(Table, ChooseEncoding, ::testing::ValuesIn(kEncodingCases),
                         [](const auto& info) { return std::string(info.param.name); });

std::string gunzip(const std::string& compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) return "<inflateInit2 failed>";
    std::string out;
    char buffer[4096];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int rc;
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    } while (rc == Z_OK);
    inflateEnd(&stream);
    return rc == Z_STREAM_END ? out : "<inflate failed: " + std::to_string(rc) + ">";
}

std::string repetitive_text(std::size_t size)
{
    std::string text;
    while (text.size() < size) text += "<li>Côte d'Ivoire — programme de gouvernance locale</li>\n";
    text.resize(size);
    return text;
}

TEST(Gzip, OutputInflatesBackToTheInput)
{
    for (std::string input : {std::string{}, std::string("a"), repetitive_text(20 * 1024)}) {
        auto compressed = gzip(input);
        ASSERT_GE(compressed.size(), 2u);
        // The gzip magic number: browsers expect a gzip member, not a raw zlib stream.
        EXPECT_EQ(static_cast<unsigned char>(compressed[0]), 0x1F);
        EXPECT_EQ(static_cast<unsigned char>(compressed[1]), 0x8B);
        EXPECT_EQ(gunzip(compressed), input);
    }
}

TEST(Gzip, RepetitiveTextShrinks)
{
    auto input = repetitive_text(20 * 1024);
    EXPECT_LT(gzip(input).size(), input.size() / 10);
}

// zlib checks the trailer's CRC and length, so a wrong combination fails to inflate.
TEST(GzipPieces, JoinInflatesToThePiecesJoinedByTheFiller)
{
    const std::vector<std::string> pieces = {repetitive_text(9000), "", "<input value=\"", repetitive_text(70000) + "é"};
    GzipPieces gzipped(pieces);
    for (std::string filler : {std::string{}, std::string("tok"), std::string(300, 'x')}) {
        std::string expected = pieces[0];
        for (std::size_t i = 1; i < pieces.size(); ++i) expected += filler + pieces[i];
        EXPECT_EQ(gunzip(gzipped.join(filler)), expected) << "filler of " << filler.size() << " bytes";
    }
}

TEST(GzipPieces, OnePieceIsAPlainGzipOfIt)
{
    const std::string page = repetitive_text(20 * 1024);
    const auto joined = GzipPieces({page}).join("ignored");
    EXPECT_EQ(gunzip(joined), page);
    EXPECT_LT(joined.size(), page.size() / 10);
    EXPECT_EQ(gunzip(GzipPieces({}).join("x")), "");
}

TEST(GzipPieces, RefusesAFillerLongerThanAStoredBlock)
{
    EXPECT_THROW(GzipPieces({"a", "b"}).join(std::string(70000, 'x')), std::invalid_argument);
}

std::string unbrotli(const std::string& compressed, std::size_t expected_size)
{
    // One byte more room than expected, so that output longer than the input shows as a mismatch.
    std::string out(expected_size + 1, '\0');
    std::size_t size = out.size();
    if (BrotliDecoderDecompress(compressed.size(), reinterpret_cast<const std::uint8_t*>(compressed.data()), &size,
                                reinterpret_cast<std::uint8_t*>(out.data())) != BROTLI_DECODER_RESULT_SUCCESS)
        return "<brotli decoding failed>";
    out.resize(size);
    return out;
}

TEST(Brotli, OutputDecompressesBackToTheInput)
{
    for (std::string input : {std::string{}, std::string("a"), repetitive_text(20 * 1024)}) {
        auto compressed = brotli(input);
        // An empty brotli stream is one byte, not nothing: a body of zero bytes would not decode.
        EXPECT_FALSE(compressed.empty());
        EXPECT_EQ(unbrotli(compressed, input.size()), input);
    }
}

TEST(Brotli, RepetitiveTextShrinks)
{
    auto input = repetitive_text(20 * 1024);
    EXPECT_LT(brotli(input).size(), input.size() / 10);
}

TEST(EncodingName, IsTheContentEncodingToken)
{
    EXPECT_EQ(encoding_name(Encoding::Brotli), "br");
    EXPECT_EQ(encoding_name(Encoding::Gzip), "gzip");
    EXPECT_EQ(encoding_name(Encoding::Identity), "identity");
}

struct TypeCase {
    const char* name;
    const char* content_type;
    bool compressible;
};

// Text compresses; images, fonts and archives are compressed already.
const TypeCase kTypeCases[] = {
    {"html", "text/html; charset=utf-8", true},
    {"plain", "text/plain", true},
    {"css", "text/css", true},
    {"json", "application/json", true},
    {"javascript", "application/javascript", true},
    {"svg", "image/svg+xml", true},
    {"xml", "application/xml", true},
    {"png", "image/png", false},
    {"jpeg", "image/jpeg", false},
    {"woff2", "font/woff2", false},
    {"gzip", "application/gzip", false},
    {"pdf", "application/pdf", false},
    {"octet_stream", "application/octet-stream", false},
    {"empty", "", false},
};

class CompressibleType : public ::testing::TestWithParam<TypeCase> {};

TEST_P(CompressibleType, FollowsTheTable)
{
    EXPECT_EQ(compressible_type(GetParam().content_type), GetParam().compressible);
}

INSTANTIATE_TEST_SUITE_P(Table, CompressibleType, ::testing::ValuesIn(kTypeCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace pmi::web

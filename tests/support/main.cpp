// The unit test runner: libsodium is started once, as the pmi command does.
#include <gtest/gtest.h>

#include "core/crypto.hpp"

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    pmi::crypto::initialise();
    return RUN_ALL_TESTS();
}

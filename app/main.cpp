// SPDX-License-Identifier: GPL-3.0-or-later
// Calcinosis Guide: entry point (see program.cpp).
#include "program.h"

int main(int argc, char *argv[]) {
    return cg::runProgram(argc, argv);
}

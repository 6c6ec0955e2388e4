// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace sluice::engine {

// Lambdas as one visitor for std::visit. Without a catch-all lambda the visit is exhaustive: a variant
// alternative that no lambda takes does not compile.
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace sluice::engine

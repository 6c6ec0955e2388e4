// SPDX-License-Identifier: Apache-2.0
#pragma once

// Placeholder: the engine part that owns the flags (schedules, rollout plans, exposures, the snapshot view).

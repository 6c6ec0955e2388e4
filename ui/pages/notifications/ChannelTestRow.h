// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/NotifyView.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice::ui {

class EngineClient;

// The bottom of one channel's settings: its circuit breaker and counts as delivery reports them, and "Send test
// message" to an address (or the ops destination) through the saved settings, with the outcome when it comes.
class ChannelTestRow final : public QWidget {
    Q_OBJECT

public:
    ChannelTestRow(EngineClient* engine, engine::Channel channel, QWidget* parent = nullptr);

    void showChannel(const engine::NotifyView& view);
    QString outcome() const;

private:
    void send();

    EngineClient* m_engine;
    engine::Channel m_channel;
    QLabel* m_circuit;
    QLineEdit* m_address;
    QPushButton* m_send;
    QLabel* m_outcome;
    quint64 m_testId = 0;
};

}  // namespace sluice::ui

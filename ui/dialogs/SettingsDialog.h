#pragma once

#include <QDialog>

class QComboBox;

// Preferences: the language (follow the system, 中文, English).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
};

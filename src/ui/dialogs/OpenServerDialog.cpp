// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/OpenServerDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "window/Settings.h"

#include "salesops/kpi/ReadSession.h"

namespace salesops::ui {
OpenServerDialog::OpenServerDialog(QWidget* parent)
    : QDialog(parent),
      host_(new QLineEdit(settings::serverHost.get(), this)),
      port_(new QSpinBox(this)),
      database_(new QLineEdit(settings::serverDatabase.get(), this)),
      user_(new QLineEdit(settings::serverUser.get(), this)),
      password_(new QLineEdit(this)),
      remember_(new QCheckBox(tr("&Remember the password in ~/.pgpass (readable by you only)"), this)),
      error_(new QLabel(this)) {
  setObjectName("openServer");
  setWindowTitle(tr("Open team server"));
  port_->setRange(1, 65535);
  port_->setValue(settings::serverPort.get());
  if (user_->text().isEmpty()) user_->setText(qEnvironmentVariable("USER"));
  password_->setEchoMode(QLineEdit::Password);
  password_->setPlaceholderText(tr("from ~/.pgpass or the service file when empty"));
  host_->setObjectName("host");
  port_->setObjectName("port");
  database_->setObjectName("database");
  user_->setObjectName("user");
  password_->setObjectName("password");
  remember_->setObjectName("remember");
  error_->setObjectName("error");
  error_->setWordWrap(true);
  error_->setTextFormat(Qt::PlainText);  // a server's message as written
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  error_->hide();

  auto* intro = new QLabel(tr("A SalesOps store on a PostgreSQL server, shared by the team. Team leads see "
                              "their teams' rows only; the server decides."),
                           this);
  intro->setWordWrap(true);
  auto* form = new QFormLayout;
  form->addRow(tr("&Host:"), host_);
  form->addRow(tr("&Port:"), port_);
  form->addRow(tr("&Database:"), database_);
  form->addRow(tr("&User:"), user_);
  form->addRow(tr("Pass&word:"), password_);
  form->addRow(QString(), remember_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &OpenServerDialog::tryOpen);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons);
  (host_->text().isEmpty() ? host_ : password_)->setFocus();
}

ServerLogin OpenServerDialog::login() const {
  return ServerLogin{host_->text().trimmed(), port_->value(), database_->text().trimmed(), user_->text().trimmed(),
                     password_->text()};
}

void OpenServerDialog::tryOpen() {
  const ServerLogin l = login();
  if (l.host.isEmpty() || l.database.isEmpty() || l.user.isEmpty()) {
    error_->setText(tr("Host, database and user are needed."));
    error_->show();
    return;
  }
  // Signs in once, as the window would: the error names the server with any password redacted.
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const auto session = kpi::ReadSession::open(l.connectionWithPassword().toStdString());
  QApplication::restoreOverrideCursor();
  if (!session) {
    error_->setText(QString::fromStdString(session.error().message));
    error_->show();
    return;
  }
  settings::serverHost.set(l.host);
  settings::serverPort.set(l.port);
  settings::serverDatabase.set(l.database);
  settings::serverUser.set(l.user);
  if (remember_->isChecked() && !l.password.isEmpty()) {
    if (const QString failed = rememberInPgpass(l); !failed.isEmpty()) {
      error_->setText(failed);
      error_->show();
      return;
    }
    remembered_ = true;
  }
  accept();
}

}  // namespace salesops::ui

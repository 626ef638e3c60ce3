package io.github.slakit.oncall;

/** How a notification reaches a person (ONCALL-3). */
public enum Channel {
  /** A push notification of the on-call app. */
  APP,
  /** A text message. */
  SMS,
  /** A phone call. */
  PHONE,
  /** An e-mail. */
  EMAIL,
  /** The rule names no channel: the person's own notification preferences (ONCALL-3 reading). */
  DEFAULT
}

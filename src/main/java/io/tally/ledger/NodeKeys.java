package io.tally.ledger;

import io.tally.kernel.Actor;
import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandHandler;
import io.tally.kernel.CommandRejected;
import io.tally.ledger.chain.Ed25519Keys;
import io.tally.ledger.chain.NodeKeyRegistrations;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every node signs heads with its own key (files in its own key folder) and registers the key in
 * the ledger at start, before anything else it writes, so {@code tally ledger verify} on any node
 * accepts the heads of every node and refuses a key the ledger never registered. A key that signed
 * heads before registrations existed is registered at its node's next start.
 */
@Component
@Order(0)
class NodeKeys implements CommandHandler<RegisterNodeKey, NodeKeyRegistered>, ApplicationRunner {
  private final RegisteredKeys registered;
  private final Ledger ledger;
  private final LedgerKeys keys;
  private final CommandExecutor commands;
  private final String node;
  private final boolean register;

  NodeKeys(
      RegisteredKeys registered,
      Ledger ledger,
      LedgerKeys keys,
      @org.springframework.context.annotation.Lazy CommandExecutor commands,
      @Value("${tally.node.name:}") String node,
      @Value("${tally.restoring:false}") boolean restoring) {
    this.registered = registered;
    this.ledger = ledger;
    this.keys = keys;
    this.commands = commands;
    this.node = node.isBlank() ? hostName() : node;
    this.register = !restoring;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unnamed";
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    if (register && !isRegistered(keys.heads().keyId())) {
      try {
        commands.execute(Actor.SYSTEM, command());
      } catch (CommandRejected raced) {
        LoggerFactory.getLogger(NodeKeys.class).debug("node key registered meanwhile: {}", raced);
      }
    }
  }

  RegisterNodeKey command() {
    PublicKey key = keys.heads().publicKey();
    return new RegisterNodeKey(
        keys.heads().keyId(), Base64.getEncoder().encodeToString(Ed25519Keys.raw(key)), node);
  }

  @Override
  public Class<RegisterNodeKey> commandType() {
    return RegisterNodeKey.class;
  }

  @Override
  public NodeKeyRegistered handle(RegisterNodeKey command, Actor actor) {
    Optional<PublicKey> key =
        NodeKeyRegistrations.publicKeyOf("{\"publicKey\":\"" + command.publicKey() + "\"}");
    if (key.isEmpty()
        || !io.tally.ledger.chain.HeadSigner.keyId(key.get()).equals(command.keyId())) {
      throw CommandRejected.invalid("publicKey", "not the Ed25519 key named " + command.keyId());
    }
    if (isRegistered(command.keyId())) {
      throw CommandRejected.conflict("keyId", "key " + command.keyId() + " is registered already");
    }
    var event = new NodeKeyRegistered(command.keyId(), command.publicKey(), command.node());
    ledger.append(actor, event);
    return event;
  }

  private boolean isRegistered(String keyId) {
    return registered.contains(keyId);
  }
}

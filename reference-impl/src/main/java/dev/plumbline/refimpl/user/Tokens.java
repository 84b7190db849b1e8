package dev.plumbline.refimpl.user;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plumbline.refimpl.rejection.Rejection;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** HS256 JWTs: issued at login, checked on every authenticated request. */
final class Tokens {

    private static final String ISSUER = "plumbline-reference-impl";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration lifetime;
    private final Clock clock;

    Tokens(byte[] key, Duration lifetime, Clock clock) {
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the JWT signing key needs at least 256 bits", e);
        }
        this.lifetime = lifetime;
        this.clock = clock;
    }

    UserService.Login issue(String userId) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(userId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a JWT", e);
        }
        return new UserService.Login(jwt.serialize(), expires);
    }

    String verify(String token) {
        if (token == null || token.isBlank()) {
            throw Rejection.unauthorized("a bearer token is required");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw Rejection.unauthorized("the token's signature is not valid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null || claims.getSubject() == null) {
                throw Rejection.unauthorized("the token was not issued by this platform");
            }
            if (!clock.instant().isBefore(expires.toInstant())) {
                throw Rejection.unauthorized("the token has expired");
            }
            return claims.getSubject();
        } catch (ParseException | JOSEException e) {
            throw Rejection.unauthorized("the token is not a signed JWT");
        }
    }
}

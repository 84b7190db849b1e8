package dev.plumbline.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import dev.plumbline.diagrams.lifecycle.WorkerMain;

// The Mojos name the worker's classes as strings (they cannot link Java 21 classes): a moved or renamed command must
// fail here, not in a user's build with a ClassNotFoundException from the forked JVM.
class WorkerContractTest {

    @ParameterizedTest
    @EnumSource(WorkerCommand.class)
    void every_goal_names_a_worker_class_with_a_public_static_main(WorkerCommand command) throws Exception {
        Method main = Class.forName(command.mainClass()).getMethod("main", String[].class);

        assertThat(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers())).isTrue();
        assertThat(main.getReturnType()).isEqualTo(void.class);
    }

    @Test
    void both_halves_give_the_exit_codes_the_same_meaning() {
        assertThat(WorkerCommand.OK).isEqualTo(WorkerMain.OK);
        assertThat(WorkerCommand.FINDINGS).isEqualTo(WorkerMain.FINDINGS);
        assertThat(WorkerMain.USAGE).isNotIn(WorkerMain.OK, WorkerMain.FINDINGS);
        assertThat(WorkerMain.CRASHED).isNotIn(WorkerMain.OK, WorkerMain.FINDINGS, WorkerMain.USAGE);
    }
}

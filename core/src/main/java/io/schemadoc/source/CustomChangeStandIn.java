package io.schemadoc.source;

import liquibase.change.ChangeMetaData;
import liquibase.change.CheckSum;
import liquibase.change.DatabaseChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;

/**
 * Stands in for Liquibase's {@code customChange} while schemadoc reads a changelog. Liquibase's own one loads the
 * project's Java class as soon as the changelog is parsed; schemadoc has no project classes, so the parse would fail
 * before the changeSet could be named, or skipped with {@code --skip-unsupported}. This one only keeps the class name,
 * and refuses to run. It is registered with Liquibase's change factory at a higher priority than the original; it is
 * public with a public constructor because Liquibase instantiates changes itself.
 */
@DatabaseChange(name = "customChange", description = "A custom change schemadoc cannot run: its class is the project's code",
    priority = ChangeMetaData.PRIORITY_DEFAULT + 100)
public final class CustomChangeStandIn extends CustomChangeWrapper {
    private String className;

    @Override
    public CustomChangeWrapper setClass(String className) {
        this.className = className;
        return this;
    }

    @Override
    public String getClassName() {
        return className;
    }

    /** Only the class name is kept: the parameters only matter to the class, which never runs. */
    @Override
    public void customLoadLogic(ParsedNode parsedNode, ResourceAccessor resourceAccessor) throws ParsedNodeException {
        setClass(parsedNode.getChildValue(null, "class", String.class));
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }

    @Override
    public Warnings warn(Database database) {
        return new Warnings();
    }

    @Override
    public CheckSum generateCheckSum() {
        return CheckSum.compute("customChange " + className);
    }

    @Override
    public boolean generateStatementsVolatile(Database database) {
        return false;
    }

    /** Nothing: a changeSet holding this change is refused or ignored before Liquibase runs anything. */
    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[0];
    }

    @Override
    public boolean supportsRollback(Database database) {
        return false;
    }

    @Override
    public String getConfirmationMessage() {
        return "customChange " + className + " not run";
    }
}
